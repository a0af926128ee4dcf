package synth

import (
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// The tables below are the vocabulary of the generator: real countries with
// their ISO 3166-1 and 3166-2 codes, places with their names in the
// country's own script, personal names in several scripts, news media, and
// the phrases reports use for figures, times, quotes and actions. Only the
// combinations are synthetic.

// pair is a text in Latin script beside the same text in a native script.
type pair struct{ latin, native string }

// place is a region or city of the table.
type place struct {
	name, native string
	sub          string // ISO 3166-2 code of the place or of the region it lies in
	lat, lon     float64
}

// country is one country of the table, with what the generator needs to
// make its institutions, places and people.
type country struct {
	code, name, native string
	lang               string // BCP 47 tag of the main language
	translit           string // BCP 47 tag of its romanisation; empty for a Latin script
	demonym            string
	capital            string // the metonym for the government ("Kyiv")
	wikidata           string
	party              string
	familyFirst        bool // names are written family name first
	regions            []place
	cities             []place // sub is the region's code
	towns              []string
	given, family      []pair
	alliances          []int // indexes into alliances
}

// countries lists the countries a story can involve, in the order they
// join it as stories grow: Ukraine and Russia are always in play.
var countries = []country{
	{
		code: "UA", name: "Ukraine", native: "Україна", lang: "uk", translit: "uk-Latn", demonym: "Ukrainian", capital: "Kyiv",
		wikidata: "Q212", party: "Servant of the People",
		regions: []place{
			{"Kyiv City", "Київ", "UA-30", 50.45, 30.52}, {"Kharkiv Oblast", "Харківська область", "UA-63", 49.99, 36.23},
			{"Donetsk Oblast", "Донецька область", "UA-14", 48.02, 37.80}, {"Zaporizhzhia Oblast", "Запорізька область", "UA-23", 47.84, 35.14},
			{"Odesa Oblast", "Одеська область", "UA-51", 46.48, 30.72}, {"Lviv Oblast", "Львівська область", "UA-46", 49.84, 24.03},
		},
		cities: []place{
			{"Kyiv", "Київ", "UA-30", 50.4501, 30.5234}, {"Kharkiv", "Харків", "UA-63", 49.9935, 36.2304},
			{"Pokrovsk", "Покровськ", "UA-14", 48.2820, 37.1760}, {"Zaporizhzhia", "Запоріжжя", "UA-23", 47.8388, 35.1396},
			{"Odesa", "Одеса", "UA-51", 46.4825, 30.7233}, {"Lviv", "Львів", "UA-46", 49.8397, 24.0297},
		},
		towns:  []string{"Novoselivka", "Oleksandrivka", "Pavlivka", "Mykolaivka", "Kupiansk", "Velyka Novosilka", "Hulyaipole", "Toretsk", "Vovchansk", "Bilozerske"},
		given:  []pair{{"Volodymyr", "Володимир"}, {"Oleksandr", "Олександр"}, {"Andrii", "Андрій"}, {"Yuliia", "Юлія"}, {"Olena", "Олена"}, {"Dmytro", "Дмитро"}, {"Iryna", "Ірина"}, {"Serhii", "Сергій"}},
		family: []pair{{"Kovalenko", "Коваленко"}, {"Shevchenko", "Шевченко"}, {"Bondarenko", "Бондаренко"}, {"Tkachenko", "Ткаченко"}, {"Kravchuk", "Кравчук"}, {"Melnyk", "Мельник"}, {"Syrskyi", "Сирський"}, {"Moroz", "Мороз"}},
	},
	{
		code: "RU", name: "Russia", native: "Россия", lang: "ru", translit: "ru-Latn", demonym: "Russian", capital: "Moscow",
		wikidata: "Q159", party: "United Russia", alliances: []int{2},
		regions: []place{
			{"Moscow", "Москва", "RU-MOW", 55.76, 37.62}, {"Moscow Oblast", "Московская область", "RU-MOS", 55.50, 37.50},
			{"Belgorod Oblast", "Белгородская область", "RU-BEL", 50.60, 36.59}, {"Kursk Oblast", "Курская область", "RU-KRS", 51.73, 36.19},
		},
		cities: []place{
			{"Moscow", "Москва", "RU-MOW", 55.7558, 37.6173}, {"Balashikha", "Балашиха", "RU-MOS", 55.7963, 37.9382},
			{"Belgorod", "Белгород", "RU-BEL", 50.5997, 36.5983}, {"Kursk", "Курск", "RU-KRS", 51.7304, 36.1926},
		},
		towns:  []string{"Shebekino", "Sudzha", "Grayvoron", "Rylsk", "Valuyki", "Korenevo"},
		given:  []pair{{"Sergei", "Сергей"}, {"Dmitry", "Дмитрий"}, {"Yuri", "Юрий"}, {"Anna", "Анна"}, {"Maria", "Мария"}, {"Nikolai", "Николай"}, {"Mikhail", "Михаил"}},
		family: []pair{{"Ivanov", "Иванов"}, {"Smirnov", "Смирнов"}, {"Volkov", "Волков"}, {"Sokolov", "Соколов"}, {"Kuznetsov", "Кузнецов"}, {"Popov", "Попов"}, {"Lebedev", "Лебедев"}},
	},
	{
		code: "US", name: "United States", lang: "en", demonym: "US", capital: "Washington", wikidata: "Q30",
		party: "Democratic Party", alliances: []int{0},
		regions: []place{{"District of Columbia", "", "US-DC", 38.90, -77.04}, {"New York", "", "US-NY", 42.95, -75.53}},
		cities:  []place{{"Washington", "", "US-DC", 38.9072, -77.0369}, {"New York City", "", "US-NY", 40.7128, -74.0060}},
		towns:   []string{"Arlington", "Yonkers"},
		given:   []pair{{"John", ""}, {"Mary", ""}, {"Robert", ""}, {"Linda", ""}, {"Michael", ""}, {"Sarah", ""}},
		family:  []pair{{"Smith", ""}, {"Johnson", ""}, {"Walker", ""}, {"Carter", ""}, {"Hughes", ""}},
	},
	{
		code: "SY", name: "Syria", native: "سوريا", lang: "ar", translit: "ar-Latn", demonym: "Syrian", capital: "Damascus", wikidata: "Q858",
		party:   "National Progressive Front",
		regions: []place{{"Damascus Governorate", "محافظة دمشق", "SY-DI", 33.51, 36.28}, {"Aleppo Governorate", "محافظة حلب", "SY-HL", 36.20, 37.13}},
		cities:  []place{{"Damascus", "دمشق", "SY-DI", 33.5138, 36.2765}, {"Aleppo", "حلب", "SY-HL", 36.2021, 37.1343}},
		towns:   []string{"Azaz", "Al-Bab", "Douma", "Manbij"},
		given:   []pair{{"Ahmad", "أحمد"}, {"Omar", "عمر"}, {"Fatima", "فاطمة"}, {"Khaled", "خالد"}, {"Layla", "ليلى"}},
		family:  []pair{{"al-Hassan", "الحسن"}, {"Haddad", "حداد"}, {"Khalil", "خليل"}, {"Nasser", "ناصر"}, {"Mansour", "منصور"}},
	},
	{
		code: "IL", name: "Israel", native: "ישראל", lang: "he", translit: "he-Latn", demonym: "Israeli", capital: "Jerusalem", wikidata: "Q801",
		party:   "Likud",
		regions: []place{{"Jerusalem District", "מחוז ירושלים", "IL-JM", 31.77, 35.21}, {"Tel Aviv District", "מחוז תל אביב", "IL-TA", 32.08, 34.78}},
		cities:  []place{{"Jerusalem", "ירושלים", "IL-JM", 31.7683, 35.2137}, {"Tel Aviv", "תל אביב", "IL-TA", 32.0853, 34.7818}},
		towns:   []string{"Beit Shemesh", "Bat Yam", "Holon"},
		given:   []pair{{"Yossi", "יוסי"}, {"Noa", "נועה"}, {"David", "דוד"}, {"Tamar", "תמר"}},
		family:  []pair{{"Cohen", "כהן"}, {"Levi", "לוי"}, {"Mizrahi", "מזרחי"}, {"Peretz", "פרץ"}},
	},
	{
		code: "CN", name: "China", native: "中国", lang: "zh-Hans", translit: "zh-Latn-pinyin", demonym: "Chinese", capital: "Beijing",
		wikidata: "Q148", party: "Chinese Communist Party", familyFirst: true,
		regions: []place{{"Beijing", "北京市", "CN-BJ", 39.90, 116.41}, {"Shanghai", "上海市", "CN-SH", 31.23, 121.47}},
		cities:  []place{{"Beijing", "北京", "CN-BJ", 39.9042, 116.4074}, {"Shanghai", "上海", "CN-SH", 31.2304, 121.4737}},
		towns:   []string{"Tongzhou", "Pudong"},
		given:   []pair{{"Wei", "伟"}, {"Fang", "芳"}, {"Min", "敏"}, {"Jing", "静"}, {"Lei", "磊"}},
		family:  []pair{{"Wang", "王"}, {"Li", "李"}, {"Zhang", "张"}, {"Liu", "刘"}, {"Chen", "陈"}},
	},
	{
		code: "FR", name: "France", lang: "fr", demonym: "French", capital: "Paris", wikidata: "Q142", party: "Renaissance",
		alliances: []int{0, 1},
		regions:   []place{{"Île-de-France", "", "FR-IDF", 48.85, 2.35}},
		cities:    []place{{"Paris", "", "FR-IDF", 48.8566, 2.3522}},
		towns:     []string{"Versailles", "Saint-Denis"},
		given:     []pair{{"Jean", ""}, {"Marie", ""}, {"Pierre", ""}, {"Camille", ""}},
		family:    []pair{{"Martin", ""}, {"Bernard", ""}, {"Dubois", ""}, {"Lefèvre", ""}},
	},
	{
		code: "DE", name: "Germany", native: "Deutschland", lang: "de", demonym: "German", capital: "Berlin", wikidata: "Q183",
		party: "Christian Democratic Union", alliances: []int{0, 1},
		regions: []place{{"Berlin", "", "DE-BE", 52.52, 13.40}, {"Bavaria", "Bayern", "DE-BY", 48.79, 11.50}},
		cities:  []place{{"Berlin", "", "DE-BE", 52.5200, 13.4050}, {"Munich", "München", "DE-BY", 48.1351, 11.5820}},
		towns:   []string{"Potsdam", "Rosenheim"},
		given:   []pair{{"Jürgen", ""}, {"Anna", ""}, {"Matthias", ""}, {"Katrin", ""}},
		family:  []pair{{"Müller", ""}, {"Schmidt", ""}, {"Schneider", ""}, {"Fischer", ""}},
	},
	{
		code: "PL", name: "Poland", native: "Polska", lang: "pl", demonym: "Polish", capital: "Warsaw", wikidata: "Q36",
		party: "Civic Platform", alliances: []int{0, 1},
		regions: []place{{"Masovian Voivodeship", "Województwo mazowieckie", "PL-14", 52.23, 21.01}, {"Subcarpathian Voivodeship", "Województwo podkarpackie", "PL-18", 50.04, 22.00}},
		cities:  []place{{"Warsaw", "Warszawa", "PL-14", 52.2297, 21.0122}, {"Rzeszów", "", "PL-18", 50.0412, 21.9991}},
		towns:   []string{"Przewodów", "Jasionka"},
		given:   []pair{{"Piotr", ""}, {"Katarzyna", ""}, {"Tomasz", ""}, {"Agnieszka", ""}},
		family:  []pair{{"Nowak", ""}, {"Kowalski", ""}, {"Wiśniewski", ""}, {"Wójcik", ""}},
	},
	{
		code: "TR", name: "Turkey", native: "Türkiye", lang: "tr", demonym: "Turkish", capital: "Ankara", wikidata: "Q43",
		party: "Justice and Development Party", alliances: []int{0},
		regions: []place{{"Ankara Province", "Ankara", "TR-06", 39.93, 32.86}, {"Istanbul Province", "İstanbul", "TR-34", 41.01, 28.98}},
		cities:  []place{{"Ankara", "", "TR-06", 39.9334, 32.8597}, {"Istanbul", "İstanbul", "TR-34", 41.0082, 28.9784}},
		towns:   []string{"Polatlı", "Silivri"},
		given:   []pair{{"Mehmet", ""}, {"Ayşe", ""}, {"Mustafa", ""}, {"Elif", ""}},
		family:  []pair{{"Yılmaz", ""}, {"Kaya", ""}, {"Demir", ""}, {"Şahin", ""}},
	},
	{
		code: "IN", name: "India", native: "भारत", lang: "hi", translit: "hi-Latn", demonym: "Indian", capital: "New Delhi", wikidata: "Q668",
		party:   "Bharatiya Janata Party",
		regions: []place{{"Delhi", "दिल्ली", "IN-DL", 28.70, 77.10}, {"Maharashtra", "महाराष्ट्र", "IN-MH", 19.75, 75.71}},
		cities:  []place{{"New Delhi", "नई दिल्ली", "IN-DL", 28.6139, 77.2090}, {"Mumbai", "मुंबई", "IN-MH", 19.0760, 72.8777}},
		towns:   []string{"Thane", "Gurugram"},
		given:   []pair{{"Arjun", "अर्जुन"}, {"Priya", "प्रिया"}, {"Rahul", "राहुल"}},
		family:  []pair{{"Sharma", "शर्मा"}, {"Verma", "वर्मा"}, {"Gupta", "गुप्ता"}},
	},
	{
		code: "JP", name: "Japan", native: "日本", lang: "ja", translit: "ja-Latn", demonym: "Japanese", capital: "Tokyo", wikidata: "Q17",
		party: "Liberal Democratic Party", familyFirst: true,
		regions: []place{{"Tokyo", "東京都", "JP-13", 35.68, 139.69}, {"Osaka Prefecture", "大阪府", "JP-27", 34.69, 135.50}},
		cities:  []place{{"Tokyo", "東京", "JP-13", 35.6762, 139.6503}, {"Osaka", "大阪", "JP-27", 34.6937, 135.5023}},
		towns:   []string{"Hachiōji", "Sakai"},
		given:   []pair{{"Hiroshi", "博"}, {"Yuki", "由紀"}, {"Kenji", "健二"}},
		family:  []pair{{"Tanaka", "田中"}, {"Sato", "佐藤"}, {"Suzuki", "鈴木"}},
	},
	{
		code: "GE", name: "Georgia", native: "საქართველო", lang: "ka", translit: "ka-Latn", demonym: "Georgian", capital: "Tbilisi", wikidata: "Q230",
		party:   "Georgian Dream",
		regions: []place{{"Tbilisi", "თბილისი", "GE-TB", 41.72, 44.78}},
		cities:  []place{{"Tbilisi", "თბილისი", "GE-TB", 41.7151, 44.8271}},
		towns:   []string{"Mtskheta", "Rustavi"},
		given:   []pair{{"Giorgi", "გიორგი"}, {"Nino", "ნინო"}, {"Levan", "ლევან"}},
		family:  []pair{{"Beridze", "ბერიძე"}, {"Kapanadze", "კაპანაძე"}, {"Gelashvili", "გელაშვილი"}},
	},
	{
		code: "GR", name: "Greece", native: "Ελλάδα", lang: "el", translit: "el-Latn", demonym: "Greek", capital: "Athens", wikidata: "Q41",
		party: "New Democracy", alliances: []int{0, 1},
		regions: []place{{"Attica", "Αττική", "GR-I", 38.05, 23.80}},
		cities:  []place{{"Athens", "Αθήνα", "GR-I", 37.9838, 23.7275}},
		towns:   []string{"Piraeus", "Marathon"},
		given:   []pair{{"Nikos", "Νίκος"}, {"Maria", "Μαρία"}, {"Giorgos", "Γιώργος"}, {"Eleni", "Ελένη"}},
		family:  []pair{{"Papadopoulos", "Παπαδόπουλος"}, {"Georgiou", "Γεωργίου"}, {"Nikolaidis", "Νικολαΐδης"}},
	},
	{
		code: "IR", name: "Iran", native: "ایران", lang: "fa", translit: "fa-Latn", demonym: "Iranian", capital: "Tehran", wikidata: "Q794",
		party:   "Combatant Clergy Association",
		regions: []place{{"Tehran Province", "استان تهران", "IR-23", 35.70, 51.40}},
		cities:  []place{{"Tehran", "تهران", "IR-23", 35.6892, 51.3890}},
		towns:   []string{"Karaj", "Varamin"},
		given:   []pair{{"Ali", "علی"}, {"Reza", "رضا"}, {"Zahra", "زهرا"}},
		family:  []pair{{"Hosseini", "حسینی"}, {"Karimi", "کریمی"}, {"Ahmadi", "احمدی"}},
	},
	{
		code: "KR", name: "South Korea", native: "대한민국", lang: "ko", translit: "ko-Latn", demonym: "South Korean", capital: "Seoul", wikidata: "Q884",
		party: "Democratic Party of Korea", familyFirst: true,
		regions: []place{{"Seoul", "서울특별시", "KR-11", 37.57, 126.98}},
		cities:  []place{{"Seoul", "서울", "KR-11", 37.5665, 126.9780}},
		towns:   []string{"Paju", "Goyang"},
		given:   []pair{{"Min-jun", "민준"}, {"Seo-yeon", "서연"}, {"Ji-ho", "지호"}},
		family:  []pair{{"Kim", "김"}, {"Lee", "이"}, {"Park", "박"}},
	},
}

// alliance is an organisation that states are members of.
type alliance struct{ name, abbr, wikidata string }

var alliances = []alliance{
	{"North Atlantic Treaty Organization", "NATO", "Q7184"},
	{"European Union", "EU", "Q458"},
	{"Collective Security Treaty Organization", "CSTO", ""},
	{"United Nations", "UN", "Q1065"},
}

// medium is a news organisation that publishes sources.
type medium struct {
	name, domain, country, lang, handle string
}

var media = []medium{
	{"Reuters", "www.reuters.com", "GB", "en", "Reuters"},
	{"Associated Press", "apnews.com", "US", "en", "AP"},
	{"Agence France-Presse", "www.afp.com", "FR", "fr", "AFP"},
	{"BBC News", "www.bbc.com", "GB", "en", "BBCWorld"},
	{"The New York Times", "www.nytimes.com", "US", "en", "nytimes"},
	{"TIME", "time.com", "US", "en", "TIME"},
	{"Al Jazeera", "www.aljazeera.com", "QA", "ar", "AJArabic"},
	{"TASS", "tass.ru", "RU", "ru", "tassagency_en"},
	{"Ukrinform", "www.ukrinform.ua", "UA", "uk", "UKRINFORM"},
	{"The Kyiv Independent", "kyivindependent.com", "UA", "en", "KyivIndependent"},
	{"Xinhua", "www.news.cn", "CN", "zh-Hans", "XHNews"},
	{"NHK", "www3.nhk.or.jp", "JP", "ja", "NHKWORLD_News"},
	{"Deutsche Welle", "www.dw.com", "DE", "de", "dwnews"},
	{"Yonhap", "www.yna.co.kr", "KR", "ko", "YonhapNews"},
}

// officialTitle is the title of an official, with the institution they
// hold it in (an index into the per-country institutions).
type officialTitle struct {
	title string
	of    int
}

// officialTitles are the titles of officials.
var officialTitles = []officialTitle{
	{"President", instState}, {"Prime Minister", instGov}, {"Foreign Minister", instMFA}, {"Defence Minister", instMoD},
	{"Commander-in-Chief", instForces}, {"Chief of the General Staff", instStaff}, {"spokesperson", instMFA},
	{"deputy head", instStaff}, {"Air Force spokesperson", instAir}, {"head of the emergency service", instRescue},
	{"party leader", instParty}, {"ambassador", instMFA},
}

// The institutions each country has, in the order they are made.
const (
	instState = iota
	instGov
	instMoD
	instMFA
	instStaff
	instForces
	instAir
	instParty
	instRescue
	numInst
)

// countPhrase is a way reports put a figure; %s is the number.
var countPhrases = []string{
	"%s", "%s", "at least %s", "at least %s", "nearly %s", "more than %s", "about %s", "as many as %s",
	"up to %s", "over %s", "almost %s", "some %s", "an estimated %s", "no fewer than %s", "just over %s", "fewer than %s",
}

// countWords are figures written in words, with their value.
var countWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "half a dozen", "twenty-five", "a hundred", "two hundred and fifty"}

// weaponForm is a weapon as reports name it, with the method it implies;
// the most frequent first.
type weaponForm struct {
	kinds   []event.WeaponKind
	name    string
	measure source.Measure
	text    string
	method  event.Method
	scale   int // how many a report typically counts
}

var weaponForms = []weaponForm{
	{[]event.WeaponKind{event.WeaponDrone}, "Shahed", "drones", "attack drones", event.MethodDroneStrike, 150},
	{[]event.WeaponKind{event.WeaponDrone, event.WeaponDecoyDrone}, "Shahed", "drones", "Shahed and decoy drones", event.MethodDroneStrike, 200},
	{[]event.WeaponKind{event.WeaponBallisticMissile}, "Iskander-M", "missiles", "ballistic missiles", event.MethodMissileStrike, 12},
	{[]event.WeaponKind{event.WeaponCruiseMissile}, "Kalibr", "missiles", "cruise missiles", event.MethodMissileStrike, 40},
	{[]event.WeaponKind{event.WeaponMissile}, "", "missiles", "missiles", event.MethodMissileStrike, 60},
	{[]event.WeaponKind{event.WeaponAerialBomb}, "KAB", "bombs", "guided aerial bombs", event.MethodAirStrike, 30},
	{[]event.WeaponKind{event.WeaponArtillery}, "", "shells", "artillery shells", event.MethodShelling, 500},
	{[]event.WeaponKind{event.WeaponRocket}, "Grad", "rockets", "multiple rocket launchers", event.MethodShelling, 40},
	{[]event.WeaponKind{event.WeaponIED}, "", "devices", "an improvised explosive device", event.MethodCarBombing, 0},
	{[]event.WeaponKind{event.WeaponFirearm}, "", "", "small arms", event.MethodShooting, 0},
}

// quote is a sentence in a language, with its English translation and,
// for non-Latin scripts, a romanisation.
type quote struct {
	lang, text, english, latin string
}

// slogan is a quote that reports explain: the words they gloss, and the
// meaning they give.
type slogan struct {
	quote
	term, meaning string
}

var quotes = []quote{
	{"en", "We will not give up our land.", "", ""},
	{"en", "The talks were constructive and useful.", "", ""},
	{"en", "We're getting very close to a deal.", "", ""},
	{"en", "Vladimir, Stop!", "", ""},
	{"en", "I said that figuratively, ... but it was also said that it will be ended.", "", ""},
	{"uk", "Ми не віддамо нашу землю.", "We will not give up our land.", "My ne viddamo nashu zemliu."},
	{"uk", "Найважча ситуація — на Покровському напрямку.", "The toughest situation is in the Pokrovsk direction.", "Naivazhcha sytuatsiia — na Pokrovskomu napriamku."},
	{"ru", "Мы готовы к переговорам без предварительных условий.", "We are ready for talks without preconditions.", "My gotovy k peregovoram bez predvaritelnykh usloviy."},
	{"ru", "Крым останется с Россией…", "Crimea will stay with Russia…", "Krym ostanetsya s Rossiyey…"},
	{"ar", "نحن ملتزمون بوقف إطلاق النار.", "We are committed to the ceasefire.", "Nahnu multazimun bi-waqf itlaq al-nar."},
	{"zh-Hans", "我们呼吁各方保持克制。", "We call on all sides to exercise restraint.", "Wǒmen hūyù gèfāng bǎochí kèzhì."},
	{"he", "אנחנו נגן על אזרחינו.", "We will protect our citizens.", "Anachnu nagen al ezracheinu."},
	{"fr", "Nous soutenons pleinement l'Ukraine.", "We fully support Ukraine.", ""},
	{"de", "Wir stehen an der Seite der Ukraine.", "We stand by Ukraine.", ""},
	{"ja", "事態を深く憂慮している。", "We are deeply concerned about the situation.", "Jitai o fukaku yūryo shite iru."},
	{"ko", "우리는 대화를 지지합니다.", "We support dialogue.", "Urineun daehwareul jijihamnida."},
}

// slogans are quotes that reports print in romanisation beside the
// original script and gloss: "Slava Ukraini (Слава Україні), meaning
// 'Glory to Ukraine'".
var slogans = []slogan{
	{quote{"uk", "Слава Україні!", "Glory to Ukraine!", "Slava Ukraini!"}, "Slava Ukraini", "Glory to Ukraine, a greeting and rallying cry"},
	{quote{"ru", "Мы своих не бросаем.", "We do not abandon our own.", "My svoikh ne brosayem."}, "svoikh", "our own people"},
	{quote{"ar", "إن شاء الله ستنتهي الحرب.", "God willing, the war will end.", "In sha' Allah satantahi al-harb."}, "In sha' Allah", "God willing"},
	{quote{"he", "עם ישראל חי!", "The people of Israel live!", "Am Yisrael chai!"}, "Am Yisrael chai", "the people of Israel live"},
}

// languageNames name the languages of quotes as reports do ("in
// Ukrainian").
var languageNames = map[string]string{
	"uk": "Ukrainian", "ru": "Russian", "ar": "Arabic", "zh-Hans": "Mandarin", "he": "Hebrew",
	"fr": "French", "de": "German", "ja": "Japanese", "ko": "Korean", "en": "English",
}

// wireQuotes are a source's own words for what it reports, quoted in an
// attribution.
var wireQuotes = []string{
	"The enemy attacked with drones and missiles overnight.",
	"Air defence units were working in the region.",
	"The information is being clarified.",
	"There is no threat to the population.",
}

// otherActions are events of the generic kind, with their CAMEO codes and,
// for some, a PLOVER category and mode of the user's own.
var otherActions = []struct {
	action, cameo string
	plover        event.Category
	mode          string
	role          event.Role
}{
	{"imposed a curfew", "1724", "", "", "imposer"},
	{"expelled diplomats", "174", event.CategorySanction, "expel", "expeller"},
	{"provided humanitarian aid", "073", "", "", "donor"},
	{"evacuated civilians", "", "", "", "evacuator"},
	{"mobilised reservists", "154", event.CategoryMobilize, "troops", "mobiliser"},
	{"recalled its ambassador", "161", "", "", "recaller"},
	{"held a rally", "141", event.CategoryProtest, "demonstrate", "organiser"},
	{"declared a truce for the holiday", "0871", "", "", "declarer"},
	{"shared intelligence", "064", "", "", "provider"},
	{"took hostages", "181", "", "", "captor"},
}

// timeZones are zones as reports write them, with their offsets east of UTC.
var timeZones = []struct {
	text   string
	offset int // hours
}{
	{"Kyiv time", 3}, {"Moscow time", 3}, {"GMT", 0}, {"EST", -5}, {"CET", 1}, {"local time", 2},
}

// clockZones are the zones reports give clock times in, as the Resolver
// reads them ("at 0300 GMT", "at 06:00 MSK"), each a fixed offset; and
// cityZones those it finds in the IANA database ("at 15:00 Kyiv time"),
// which cost a look-up each.
var (
	clockZones = []string{"GMT", "UTC", "CET", "CEST", "EET", "EEST", "MSK", "UTC+3", "GMT+2"}
	cityZones  = []string{"Kyiv time", "Moscow time", "New York time"}
)

// dayParts are the parts of a day that name no clock time ("early
// Monday"); %s is a weekday.
var dayParts = []string{"early %s", "late on %s", "%s morning", "%s evening", "at dawn on %s", "late %s"}

var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// speechActs by how often reports make them, the most frequent first.
var speechActs = []event.SpeechAct{
	event.SpeechClaim, event.SpeechAnnounce, event.SpeechCriticise, event.SpeechAccuse, event.SpeechAssess,
	event.SpeechDemand, event.SpeechAppeal, event.SpeechPromise, event.SpeechOptimistic, event.SpeechDeny,
	event.SpeechPessimistic, event.SpeechPraise, event.SpeechThreaten, event.SpeechConcede, event.SpeechDeclineComment,
}

// attributionVerbs for events, with "reported" and "said" the most frequent.
var attributionVerbs = []source.Verb{
	source.VerbReported, source.VerbReported, source.VerbReported, source.VerbSaid, source.VerbSaid,
	source.VerbAccordingTo, source.VerbClaimed, source.VerbConfirmed, source.VerbAssessed, source.VerbDenied,
}

// padding is the text that [Options.Padding] repeats.
const padding = "The report adds context that no typed field holds: who was there, what witnesses saw, " +
	"what officials said before and after, and how the figures changed during the day. "

// vagueFigure is a figure without a number, as reports give it, with the
// floor of its magnitude.
type vagueFigure struct {
	words string
	floor int
}

// vagueFigures, smallest first: every magnitude of source.Magnitudes.
var vagueFigures = []vagueFigure{
	{"a few", 2}, {"a handful of", 2}, {"several", 3}, {"tens of", 10}, {"dozens", 12}, {"dozens of", 12},
	{"several dozen", 12}, {"scores of", 20}, {"hundreds", 100}, {"several hundred", 100}, {"thousands", 1_000},
	{"several thousand", 1_000}, {"tens of thousands", 10_000}, {"hundreds of thousands", 100_000}, {"millions", 1_000_000},
}

// moneyForms are amounts of money as the wires write them; %d is a
// number of millions (or of billions for the forms in bn and billion).
var moneyForms = []struct {
	form     string
	billions bool
}{
	{"$%dm", false}, {"about $%dm", false}, {"€%d million", false}, {"more than €%dm", false}, {"£%d million", false},
	{"%d million euros", false}, {"US$%dm", false}, {"₴%d million", false}, {"$%dbn", true}, {"€%d billion", true},
	{"nearly $%dbn", true}, {"%d billion dollars", true},
}

// periods are compound durations, each a source.Period: every part of a
// Period appears in one.
var periods = []string{
	"two years and two days", "a year and two months", "two weeks and three days", "one year, two months and three days",
	"three years, one month and two weeks", "two days and six hours", "an hour and 20 minutes", "five hours and 30 minutes",
}

// subjects are the groups casualty figures count apart, with how a report
// writes them.
var subjects = []source.Subject{
	source.SubjectCivilians, source.SubjectChildren, source.SubjectChildren, source.SubjectWomen, source.SubjectPolice,
	source.SubjectMedicalWorkers, source.SubjectAidWorkers, source.SubjectJournalists, source.SubjectResidents,
}

// excludes are what figures say they leave out.
var excludes = []string{"not counting the missing", "excluding military casualties", "outside the capital", "not including the wounded"}

// unnamedForms are actors the reports do not name; %s is a demonym.
var unnamedForms = []struct {
	text string
	kind actor.Kind
	of   int // the institution the actor belongs to
}{
	{"a senior %s official", actor.KindPerson, instGov},
	{"a %s official familiar with the talks", actor.KindPerson, instMFA},
	{"a source in the %s defence ministry", actor.KindPerson, instMoD},
	{"an adviser to the %s president", actor.KindPerson, instState},
	{"a %s military intelligence officer", actor.KindPerson, instForces},
	{"a %s diplomat who asked not to be named", actor.KindPerson, instMFA},
	{"an agency authorised by the %s government", actor.KindOrganisation, instGov},
}

// placeAliases are other names of places of the table and the country
// whose officials use them (an index into countries).
var placeAliases = map[string][]struct {
	text, lang string
	by         int
}{
	"Kyiv":             {{"Kiev", "en", 1}},
	"Kharkiv":          {{"Kharkov", "ru-Latn", 1}, {"Харьков", "ru", 1}},
	"Pokrovsk":         {{"Krasnoarmeysk", "ru-Latn", 1}},
	"Zaporizhzhia":     {{"Zaporozhye", "ru-Latn", 1}},
	"Odesa":            {{"Odessa", "en", -1}},
	"Lviv":             {{"Lvov", "ru-Latn", 1}},
	"Toretsk":          {{"Dzerzhinsk", "ru-Latn", 1}},
	"Kupiansk":         {{"Kupyansk", "ru-Latn", 1}},
	"Vovchansk":        {{"Volchansk", "ru-Latn", 1}},
	"Hulyaipole":       {{"Gulyaipole", "ru-Latn", 1}},
	"Jerusalem":        {{"Al-Quds", "ar-Latn", 3}, {"القدس", "ar", 14}},
	"Istanbul":         {{"Constantinople", "en", -1}},
	"Velyka Novosilka": {{"Velikaya Novosyolka", "ru-Latn", 1}},
}

// eventNames are names reports give events of each kind, and who uses
// them: the attacker's operation, a plan's proposer, a medium for a
// summit. %s is filled as each maker says.
var (
	operationNames = []string{"Operation Spiderweb", "Operation Eastern Shield", "Operation Steppe Wind", "Operation Iron Dawn"}
	stormNames     = []string{"Storm Daniel", "Storm Boris", "Cyclone Freddy", "Storm Ciarán"}
	planNames      = []string{"the 28-point plan", "the peace formula", "the victory plan", "the coalition of the willing plan"}
)

// conditionTexts are conditions of a proposal on another event.
var conditionTexts = []string{
	"takes effect once parliament ratifies it", "only after the prisoner exchange is completed",
	"once the ceasefire has held for 30 days", "after the referendum",
}

// changeWords say a role change as a headline does.
var changeWords = map[event.Change]string{
	event.ChangeAppointed: "appointed", event.ChangeElected: "elected", event.ChangeNominated: "nominated",
	event.ChangeResigned: "resigns", event.ChangeDismissed: "dismissed", event.ChangeSuspended: "suspended",
	event.ChangeDied: "dies", event.ChangeResignationTendered: "tenders resignation", event.ChangeRecalled: "recalled",
	event.ChangeReinstated: "reinstated",
}
