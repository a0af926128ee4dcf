package event

// ploverCodes maps CAMEO 1.1b3 event codes to a PLOVER category and mode,
// as the CAMEO to PLOVER conversion table of the PLOVER project gives
// them (CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8, 17 September
// 2021, edited by Philip Schrodt), with these departures:
//   - 1213 and 1214 are left out: CAMEO 1.1b3 has no such codes;
//   - three modes of the table are dropped where the table itself is
//     inconsistent (085, 1321, 175; see the comments beside them);
//   - 1951 and 1952, which the table predates, get the ASSAULT modes
//     aerial and drone of the PLOVER codebook behind the POLECAT dataset.
//
// Codes not listed (the public statements of 01 and appeals of 02, which
// PLOVER drops, and 155, 176 and 1834, which the table lacks) fall back
// to the cue categories in [cueCategories]. It is read only.
var ploverCodes = map[string]Codes{
	"030":  {PLOVER: CategoryAgree},                           // Express intent to cooperate, not specified below
	"031":  {PLOVER: CategoryAgree},                           // Express intent to engage in material cooperation, not specified below
	"0311": {PLOVER: CategoryAgree},                           // Express intent to cooperate economically
	"0312": {PLOVER: CategoryAgree},                           // Express intent to cooperate militarily
	"0313": {PLOVER: CategoryAgree},                           // Express intent to cooperate on judicial matters
	"0314": {PLOVER: CategoryAgree},                           // Express intent to cooperate on intelligence
	"032":  {PLOVER: CategoryAgree},                           // Express intent to engage in diplomatic cooperation (such as policy support)
	"033":  {PLOVER: CategoryAgree},                           // Express intent to provide material aid, not specified below
	"0331": {PLOVER: CategoryAgree},                           // Express intent to provide economic aid
	"0332": {PLOVER: CategoryAgree},                           // Express intent to provide military aid
	"0333": {PLOVER: CategoryAgree},                           // Express intent to provide humanitarian aid
	"0334": {PLOVER: CategoryAgree},                           // Express intent to provide military protection or peacekeeping
	"034":  {PLOVER: CategoryAgree},                           // Express intent to institute political reform, not specified below
	"0341": {PLOVER: CategoryAgree},                           // Express intent to change leadership
	"0342": {PLOVER: CategoryAgree},                           // Express intent to change policy
	"0343": {PLOVER: CategoryAgree},                           // Express intent to provide rights
	"0344": {PLOVER: CategoryAgree},                           // Express intent to change institutions, regime
	"035":  {PLOVER: CategoryAgree},                           // Express intent to yield, not specified below
	"0351": {PLOVER: CategoryAgree},                           // Express intent to ease administrative sanctions
	"0352": {PLOVER: CategoryAgree},                           // Express intent to ease popular dissent
	"0353": {PLOVER: CategoryAgree},                           // Express intent to release persons or property
	"0354": {PLOVER: CategoryAgree},                           // Express intent to ease economic sanctions, boycott, or embargo
	"0355": {PLOVER: CategoryAgree},                           // Express intent to allow international involvement (non-mediation)
	"0356": {PLOVER: CategoryAgree},                           // Express intent to de-escalate military engagement
	"036":  {PLOVER: CategoryAgree},                           // Express intent to meet or negotiate
	"037":  {PLOVER: CategoryAgree},                           // Express intent to settle dispute
	"038":  {PLOVER: CategoryAgree},                           // Express intent to accept mediation
	"039":  {PLOVER: CategoryAgree},                           // Express intent to mediate
	"040":  {PLOVER: CategoryConsult},                         // Consult, not specified below
	"041":  {PLOVER: CategoryConsult, Mode: "phone"},          // Discuss by telephone
	"042":  {PLOVER: CategoryConsult, Mode: "visit"},          // Make a visit
	"043":  {PLOVER: CategoryConsult, Mode: "visit"},          // Host a visit
	"044":  {PLOVER: CategoryConsult, Mode: "third-party"},    // Meet at a 'third' location
	"045":  {PLOVER: CategoryConsult},                         // Mediate
	"046":  {PLOVER: CategoryConsult},                         // Engage in negotiation
	"050":  {PLOVER: CategorySupport},                         // Engage in diplomatic cooperation, not specified below
	"051":  {PLOVER: CategorySupport},                         // Praise or endorse
	"052":  {PLOVER: CategorySupport},                         // Defend verbally
	"053":  {PLOVER: CategorySupport},                         // Rally support on behalf of
	"054":  {PLOVER: CategorySupport},                         // Grant diplomatic recognition
	"055":  {PLOVER: CategorySupport},                         // Apologize
	"056":  {PLOVER: CategorySupport},                         // Forgive
	"057":  {PLOVER: CategorySupport},                         // Sign formal agreement
	"060":  {PLOVER: CategoryCooperate},                       // Engage in material cooperation, not specified below
	"061":  {PLOVER: CategoryCooperate},                       // Cooperate economically
	"062":  {PLOVER: CategoryCooperate},                       // Cooperate militarily
	"063":  {PLOVER: CategoryCooperate},                       // Engage in judicial cooperation
	"064":  {PLOVER: CategoryCooperate},                       // Share intelligence or information
	"070":  {PLOVER: CategoryAid},                             // Provide aid, not specified below
	"071":  {PLOVER: CategoryAid},                             // Provide economic aid
	"072":  {PLOVER: CategoryAid},                             // Provide military aid
	"073":  {PLOVER: CategoryAid},                             // Provide humanitarian aid
	"074":  {PLOVER: CategoryAid},                             // Provide military protection or peacekeeping
	"075":  {PLOVER: CategoryAid},                             // Grant asylum
	"080":  {PLOVER: CategoryConcede},                         // Yield, not specified below
	"081":  {PLOVER: CategoryConcede},                         // Ease administrative sanctions, not specified below
	"0811": {PLOVER: CategoryConcede},                         // Ease restrictions on political freedoms
	"0812": {PLOVER: CategoryConcede},                         // Ease ban on political parties or politicians
	"0813": {PLOVER: CategoryRetreat},                         // Ease curfew
	"0814": {PLOVER: CategoryRetreat},                         // Ease state of emergency or martial law
	"082":  {PLOVER: CategoryConcede},                         // Ease political dissent
	"083":  {PLOVER: CategoryConcede},                         // Accede to requests or demands for political reform, not specified below
	"0831": {PLOVER: CategoryConcede},                         // Accede to demands for change in leadership
	"0832": {PLOVER: CategoryConcede},                         // Accede to demands for change in policy
	"0833": {PLOVER: CategoryConcede},                         // Accede to demands for rights
	"0834": {PLOVER: CategoryConcede},                         // Accede to demands for change in institutions, regime
	"084":  {PLOVER: CategoryRetreat},                         // Return, release, not specified below
	"0841": {PLOVER: CategoryRetreat, Mode: "release"},        // Return, release person(s)
	"0842": {PLOVER: CategoryRetreat, Mode: "return"},         // Return, release property
	"085":  {PLOVER: CategoryRetreat},                         // Ease economic sanctions, boycott, embargo; "ease" is no longer a PLOVER mode, as the table itself notes at 0813
	"086":  {PLOVER: CategoryRetreat, Mode: "access"},         // Allow international involvement, not specified below
	"0861": {PLOVER: CategoryRetreat, Mode: "access"},         // Receive deployment of peacekeepers
	"0862": {PLOVER: CategoryRetreat, Mode: "access"},         // Receive inspectors
	"0863": {PLOVER: CategoryRetreat, Mode: "access"},         // Allow humanitarian access
	"087":  {PLOVER: CategoryRetreat, Mode: "disarm"},         // De-escalate military engagement
	"0871": {PLOVER: CategoryRetreat, Mode: "ceasefire"},      // Declare truce, ceasefire
	"0872": {PLOVER: CategoryRetreat, Mode: "withdraw"},       // Ease military blockade
	"0873": {PLOVER: CategoryRetreat, Mode: "disarm"},         // Demobilize armed forces
	"0874": {PLOVER: CategoryRetreat, Mode: "disarm"},         // Retreat or surrender militarily
	"090":  {PLOVER: CategoryAccuse, Mode: "investigate"},     // Investigate, not specified below
	"091":  {PLOVER: CategoryAccuse, Mode: "investigate"},     // Investigate crime, corruption
	"092":  {PLOVER: CategoryAccuse, Mode: "investigate"},     // Investigate human rights abuses
	"093":  {PLOVER: CategoryAccuse, Mode: "investigate"},     // Investigate military action
	"094":  {PLOVER: CategoryAccuse, Mode: "investigate"},     // Investigate war crimes
	"100":  {PLOVER: CategoryRequest},                         // Demand, not specified below
	"101":  {PLOVER: CategoryRequest, Mode: "assist"},         // Demand material cooperation, not specified below
	"1011": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand economic cooperation
	"1012": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand military cooperation
	"1013": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand judicial cooperation
	"1014": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand intelligence cooperation
	"102":  {PLOVER: CategoryRequest, Mode: "assist"},         // Demand diplomatic cooperation (such as policy support)
	"103":  {PLOVER: CategoryRequest, Mode: "assist"},         // Demand material aid, not specified below
	"1031": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand economic aid
	"1032": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand military aid
	"1033": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand humanitarian aid
	"1034": {PLOVER: CategoryRequest, Mode: "assist"},         // Demand military protection or peacekeeping
	"104":  {PLOVER: CategoryRequest, Mode: "change"},         // Demand political reform, not specified below
	"1041": {PLOVER: CategoryRequest, Mode: "change"},         // Demand change in leadership
	"1042": {PLOVER: CategoryRequest, Mode: "change"},         // Demand policy change
	"1043": {PLOVER: CategoryRequest, Mode: "change"},         // Demand rights
	"1044": {PLOVER: CategoryRequest, Mode: "change"},         // Demand change in institutions, regime
	"105":  {PLOVER: CategoryRequest, Mode: "change"},         // Demand that target yields, not specified below
	"1051": {PLOVER: CategoryRequest, Mode: "yield"},          // Demand easing of administrative sanctions
	"1052": {PLOVER: CategoryRequest, Mode: "yield"},          // Demand easing of political dissent
	"1053": {PLOVER: CategoryRequest, Mode: "yield"},          // Demand release of persons or property
	"1054": {PLOVER: CategoryRequest, Mode: "yield"},          // Demand easing of economic sanctions, boycott, or embargo
	"1055": {PLOVER: CategoryRequest, Mode: "yield"},          // Demand that target allows international involvement (non-mediation)
	"1056": {PLOVER: CategoryRequest, Mode: "yield"},          // Demand de-escalation of military engagement
	"106":  {PLOVER: CategoryRequest, Mode: "meet"},           // Demand meeting, negotiation
	"107":  {PLOVER: CategoryRequest, Mode: "meet"},           // Demand settling of dispute
	"108":  {PLOVER: CategoryRequest, Mode: "meet"},           // Demand mediation
	"110":  {PLOVER: CategoryAccuse, Mode: "disapprove"},      // Disapprove, not specified below
	"111":  {PLOVER: CategoryAccuse, Mode: "disapprove"},      // Criticize or denounce
	"112":  {PLOVER: CategoryAccuse, Mode: "disapprove"},      // Accuse, not specified below
	"1121": {PLOVER: CategoryAccuse, Mode: "allege"},          // Accuse of crime, corruption
	"1122": {PLOVER: CategoryAccuse, Mode: "allege"},          // Accuse of human rights abuses
	"1123": {PLOVER: CategoryAccuse, Mode: "allege"},          // Accuse of aggression
	"1124": {PLOVER: CategoryAccuse, Mode: "allege"},          // Accuse of war crimes
	"1125": {PLOVER: CategoryAccuse, Mode: "allege"},          // Accuse of espionage, treason
	"113":  {PLOVER: CategoryAccuse, Mode: "disapprove"},      // Rally opposition against
	"114":  {PLOVER: CategoryAccuse, Mode: "allege"},          // Complain officially
	"115":  {PLOVER: CategoryAccuse, Mode: "allege"},          // Bring lawsuit against
	"116":  {PLOVER: CategoryAccuse, Mode: "disapprove"},      // Find guilty or liable (legally)
	"120":  {PLOVER: CategoryReject},                          // Reject, not specified below
	"121":  {PLOVER: CategoryReject, Mode: "assist"},          // Reject material cooperation
	"1211": {PLOVER: CategoryReject, Mode: "assist"},          // Reject economic cooperation
	"1212": {PLOVER: CategoryReject, Mode: "assist"},          // Reject military cooperation
	"122":  {PLOVER: CategoryReject, Mode: "assist"},          // Reject request or demand for material aid, not specified below
	"1221": {PLOVER: CategoryReject, Mode: "assist"},          // Reject request for economic aid
	"1222": {PLOVER: CategoryReject, Mode: "assist"},          // Reject request for military aid
	"1223": {PLOVER: CategoryReject, Mode: "assist"},          // Reject request for humanitarian aid
	"1224": {PLOVER: CategoryReject, Mode: "assist"},          // Reject request for military protection or peacekeeping
	"123":  {PLOVER: CategoryReject, Mode: "change"},          // Reject request or demand for political reform, not specified below
	"1231": {PLOVER: CategoryReject, Mode: "change"},          // Reject request for change in leadership
	"1232": {PLOVER: CategoryReject, Mode: "change"},          // Reject request for policy change
	"1233": {PLOVER: CategoryReject, Mode: "change"},          // Reject request for rights
	"1234": {PLOVER: CategoryReject, Mode: "change"},          // Reject request for change in institutions, regime
	"124":  {PLOVER: CategoryReject, Mode: "change"},          // Refuse to yield, not specified below
	"1241": {PLOVER: CategoryReject, Mode: "change"},          // Refuse to ease administrative sanctions
	"1242": {PLOVER: CategoryReject, Mode: "change"},          // Refuse to ease popular dissent
	"1243": {PLOVER: CategoryReject, Mode: "yield"},           // Refuse to release persons or property
	"1244": {PLOVER: CategoryReject, Mode: "yield"},           // Refuse to ease economic sanctions, boycott, or embargo
	"1245": {PLOVER: CategoryReject, Mode: "yield"},           // Refuse to allow international involvement (non mediation)
	"1246": {PLOVER: CategoryReject, Mode: "yield"},           // Refuse to de-escalate military engagement
	"125":  {PLOVER: CategoryReject, Mode: "meet"},            // Reject proposal to meet, discuss, or negotiate
	"126":  {PLOVER: CategoryReject, Mode: "meet"},            // Reject mediation
	"127":  {PLOVER: CategoryReject, Mode: "meet"},            // Reject plan, agreement to settle dispute
	"128":  {PLOVER: CategoryReject, Mode: "yield"},           // Defy norms, law
	"129":  {PLOVER: CategoryReject, Mode: "yield"},           // Veto
	"130":  {PLOVER: CategoryThreaten},                        // Threaten, not specified below
	"131":  {PLOVER: CategoryThreaten},                        // Threaten non-force, not specified below
	"1311": {PLOVER: CategoryThreaten, Mode: "relations"},     // Threaten to reduce or stop aid
	"1312": {PLOVER: CategoryThreaten, Mode: "restrict"},      // Threaten with sanctions, boycott, embargo
	"1313": {PLOVER: CategoryThreaten, Mode: "relations"},     // Threaten to reduce or break relations
	"132":  {PLOVER: CategoryThreaten, Mode: "ban"},           // Threaten with administrative sanctions, not specified below
	"1321": {PLOVER: CategoryThreaten},                        // Threaten with restrictions on political freedoms; the table gives "political", which is no THREATEN mode
	"1322": {PLOVER: CategoryThreaten, Mode: "ban"},           // Threaten to ban political parties or politicians
	"1323": {PLOVER: CategoryThreaten, Mode: "restrict"},      // Threaten to impose curfew
	"1324": {PLOVER: CategoryThreaten, Mode: "restrict"},      // Threaten to impose state of emergency or martial law
	"133":  {PLOVER: CategoryThreaten, Mode: "relations"},     // Threaten with political dissent, protest
	"134":  {PLOVER: CategoryThreaten, Mode: "relations"},     // Threaten to halt negotiations
	"135":  {PLOVER: CategoryThreaten, Mode: "relations"},     // Threaten to halt mediation
	"136":  {PLOVER: CategoryThreaten, Mode: "expel"},         // Threaten to halt international involvement (non-mediation)
	"137":  {PLOVER: CategoryThreaten, Mode: "violence"},      // Threaten with repression
	"138":  {PLOVER: CategoryThreaten, Mode: "violence"},      // Threaten with military force, not specified below
	"1381": {PLOVER: CategoryThreaten, Mode: "restrict"},      // Threaten blockade
	"1382": {PLOVER: CategoryThreaten, Mode: "territory"},     // Threaten occupation
	"1383": {PLOVER: CategoryThreaten, Mode: "violence"},      // Threaten unconventional violence
	"1384": {PLOVER: CategoryThreaten, Mode: "violence"},      // Threaten conventional attack
	"1385": {PLOVER: CategoryThreaten, Mode: "violence"},      // Threaten attack with WMD
	"139":  {PLOVER: CategoryThreaten, Mode: "relations"},     // Give ultimatum
	"140":  {PLOVER: CategoryProtest},                         // Engage in political dissent, not specified below
	"141":  {PLOVER: CategoryProtest, Mode: "demo"},           // Demonstrate or rally, not specified below
	"1411": {PLOVER: CategoryProtest, Mode: "demo"},           // Demonstrate for leadership change
	"1412": {PLOVER: CategoryProtest, Mode: "demo"},           // Demonstrate for policy change
	"1413": {PLOVER: CategoryProtest, Mode: "demo"},           // Demonstrate for rights
	"1414": {PLOVER: CategoryProtest, Mode: "demo"},           // Demonstrate for change in institutions, regime
	"142":  {PLOVER: CategoryProtest, Mode: "hunger"},         // Conduct hunger strike, not specified below
	"1421": {PLOVER: CategoryProtest, Mode: "hunger"},         // Conduct hunger strike for leadership change
	"1422": {PLOVER: CategoryProtest, Mode: "hunger"},         // Conduct hunger strike for policy change
	"1423": {PLOVER: CategoryProtest, Mode: "hunger"},         // Conduct hunger strike for rights
	"1424": {PLOVER: CategoryProtest, Mode: "hunger"},         // Conduct hunger strike for change in institutions, regime
	"143":  {PLOVER: CategoryProtest, Mode: "boycott"},        // Conduct strike or boycott, not specified below
	"1431": {PLOVER: CategoryProtest, Mode: "boycott"},        // Conduct strike or boycott for leadership change
	"1432": {PLOVER: CategoryProtest, Mode: "boycott"},        // Conduct strike or boycott for policy change
	"1433": {PLOVER: CategoryProtest, Mode: "boycott"},        // Conduct strike or boycott for rights
	"1434": {PLOVER: CategoryProtest, Mode: "boycott"},        // Conduct strike or boycott for change in institutions, regime
	"144":  {PLOVER: CategoryProtest, Mode: "obstruct"},       // Obstruct passage, block, not specified below
	"1441": {PLOVER: CategoryProtest, Mode: "obstruct"},       // Obstruct passage to demand leadership change
	"1442": {PLOVER: CategoryProtest, Mode: "obstruct"},       // Obstruct passage to demand policy change
	"1443": {PLOVER: CategoryProtest, Mode: "obstruct"},       // Obstruct passage to demand rights
	"1444": {PLOVER: CategoryProtest, Mode: "obstruct"},       // Obstruct passage to demand change in institutions, regime
	"145":  {PLOVER: CategoryProtest, Mode: "riot"},           // Protest violently, riot, not specified below
	"1451": {PLOVER: CategoryProtest, Mode: "riot"},           // Engage in violent protest for leadership change
	"1452": {PLOVER: CategoryProtest, Mode: "riot"},           // Engage in violent protest for policy change
	"1453": {PLOVER: CategoryProtest, Mode: "riot"},           // Engage in violent protest for rights
	"1454": {PLOVER: CategoryProtest, Mode: "riot"},           // Engage in violent protest for change in institutions, regime
	"150":  {PLOVER: CategoryMobilize},                        // Demonstrate military or police power, not specified below
	"151":  {PLOVER: CategoryMobilize, Mode: "police"},        // Increase police alert status
	"152":  {PLOVER: CategoryMobilize, Mode: "troops"},        // Increase military alert status
	"153":  {PLOVER: CategoryMobilize, Mode: "police"},        // Mobilize or increase police power
	"154":  {PLOVER: CategoryMobilize, Mode: "troops"},        // Mobilize or increase armed forces
	"160":  {PLOVER: CategorySanction},                        // Reduce relations, not specified below
	"161":  {PLOVER: CategorySanction, Mode: "withdraw"},      // Reduce or break diplomatic relations
	"162":  {PLOVER: CategorySanction, Mode: "discontinue"},   // Reduce or stop material aid, not specified below
	"1621": {PLOVER: CategorySanction, Mode: "discontinue"},   // Reduce or stop economic assistance
	"1622": {PLOVER: CategorySanction, Mode: "discontinue"},   // Reduce or stop military assistance
	"1623": {PLOVER: CategorySanction, Mode: "discontinue"},   // Reduce or stop humanitarian assistance
	"163":  {PLOVER: CategoryCoerce, Mode: "restrict"},        // Impose embargo, boycott, or sanctions
	"164":  {PLOVER: CategorySanction, Mode: "withdraw"},      // Halt negotiations
	"165":  {PLOVER: CategorySanction, Mode: "withdraw"},      // Halt mediation
	"166":  {PLOVER: CategorySanction, Mode: "expel"},         // Expel or withdraw, not specified below
	"1661": {PLOVER: CategorySanction, Mode: "expel"},         // Expel or withdraw peacekeepers
	"1662": {PLOVER: CategorySanction, Mode: "expel"},         // Expel or withdraw inspectors, observers
	"1663": {PLOVER: CategorySanction, Mode: "expel"},         // Expel or withdraw aid agencies
	"170":  {PLOVER: CategoryCoerce},                          // Coerce, not specified below
	"171":  {PLOVER: CategoryCoerce, Mode: "seize"},           // Seize or damage property, not specified below
	"1711": {PLOVER: CategoryCoerce, Mode: "seize"},           // Confiscate property
	"1712": {PLOVER: CategoryAssault, Mode: "seize"},          // Destroy property
	"172":  {PLOVER: CategoryCoerce, Mode: "restrict"},        // Impose administrative sanctions, not specified below
	"1721": {PLOVER: CategoryCoerce, Mode: "restrict"},        // Impose restrictions on political freedoms
	"1722": {PLOVER: CategoryCoerce, Mode: "ban"},             // Ban political parties or politicians
	"1723": {PLOVER: CategoryCoerce, Mode: "curfew"},          // Impose curfew
	"1724": {PLOVER: CategoryCoerce, Mode: "martial-law"},     // Impose state of emergency or martial law
	"173":  {PLOVER: CategoryCoerce, Mode: "arrest"},          // Arrest, detain, or charge with legal action
	"174":  {PLOVER: CategoryCoerce, Mode: "deport"},          // Expel or deport individuals
	"175":  {PLOVER: CategoryAssault},                         // Use tactics of violent repression; the table puts the context pro_autocracy in the mode column
	"180":  {PLOVER: CategoryAssault},                         // Use unconventional violence, not specified below
	"181":  {PLOVER: CategoryAssault, Mode: "abduct"},         // Abduct, hijack, or take hostage
	"182":  {PLOVER: CategoryAssault, Mode: "beat"},           // Physically assault, not specified below
	"1821": {PLOVER: CategoryAssault, Mode: "sexual"},         // Sexually assault
	"1822": {PLOVER: CategoryAssault, Mode: "torture"},        // Torture
	"1823": {PLOVER: CategoryAssault},                         // Kill by physical assault
	"183":  {PLOVER: CategoryAssault, Mode: "suicide-attack"}, // Conduct suicide, car, or other non-military bombing, not specified below
	"1831": {PLOVER: CategoryAssault, Mode: "suicide-attack"}, // Carry out suicide bombing
	"1832": {PLOVER: CategoryAssault, Mode: "explosives"},     // Carry out vehicular bombing
	"1833": {PLOVER: CategoryAssault, Mode: "explosives"},     // Carry out roadside bombing
	"184":  {PLOVER: CategoryAssault, Mode: "abduct"},         // Use as human shield
	"185":  {PLOVER: CategoryAssault, Mode: "assassinate"},    // Attempt to assassinate
	"186":  {PLOVER: CategoryAssault, Mode: "assassinate"},    // Assassinate
	"190":  {PLOVER: CategoryAssault},                         // Use conventional military force, not specified below
	"191":  {PLOVER: CategoryCoerce, Mode: "restrict"},        // Impose blockade, restrict movement
	"192":  {PLOVER: CategoryCoerce, Mode: "seize"},           // Occupy territory
	"193":  {PLOVER: CategoryAssault, Mode: "firearms"},       // Fight with small arms and light weapons
	"194":  {PLOVER: CategoryAssault, Mode: "heavy-weapons"},  // Fight with artillery and tanks
	"195":  {PLOVER: CategoryAssault, Mode: "heavy-weapons"},  // Employ aerial weapons, not specified below
	"1951": {PLOVER: CategoryAssault, Mode: "aerial"},         // Employ precision-guided aerial munitions; not in the 2021 table; mode of the POLECAT codebook
	"1952": {PLOVER: CategoryAssault, Mode: "drone"},          // Employ remotely piloted aerial munitions; not in the 2021 table; mode of the POLECAT codebook
	"196":  {PLOVER: CategoryAssault},                         // Violate ceasefire
	"200":  {PLOVER: CategoryAssault, Mode: "massacre"},       // Use unconventional mass violence, not specified below
	"201":  {PLOVER: CategoryAssault, Mode: "cleansing"},      // Engage in mass expulsion
	"202":  {PLOVER: CategoryAssault, Mode: "massacre"},       // Engage in mass killings
	"203":  {PLOVER: CategoryAssault, Mode: "cleansing"},      // Engage in ethnic cleansing
	"204":  {PLOVER: CategoryAssault, Mode: "unconventional"}, // Use weapons of mass destruction, not specified below
	"2041": {PLOVER: CategoryAssault, Mode: "unconventional"}, // Use chemical, biological, or radiological weapons
	"2042": {PLOVER: CategoryAssault, Mode: "unconventional"}, // Detonate nuclear weapons
}
