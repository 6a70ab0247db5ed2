"""Name and place stock for synthetic demo vaults: (Arabic script, usual Latin spelling) pairs.

Common Yazidi, Kurdish and Arabic names of the region, written the way lists write them. Used
only to make clearly marked synthetic data; never used for matching.
"""

FEMALE = [
    ("نادية", "Nadia"), ("ليلى", "Layla"), ("خالدة", "Khalida"), ("جميلة", "Jamila"),
    ("سميرة", "Samira"), ("بسمة", "Basma"), ("دلال", "Dalal"), ("شيرين", "Shirin"),
    ("نسرين", "Nisreen"), ("فريدة", "Farida"), ("سوزان", "Suzan"), ("هيفاء", "Haifa"),
    ("روژين", "Rojin"), ("ڤيان", "Vian"), ("بيريفان", "Berivan"), ("عمشة", "Amsha"),
    ("خونافه", "Khunafa"), ("ئاواز", "Awaz"), ("نارين", "Narin"), ("سلوى", "Salwa"),
    ("بفرين", "Bafrin"), ("دنيا", "Dunya"), ("ليلوز", "Liloz"), ("غزالة", "Ghazala"),
    ("زهرة", "Zahra"), ("كوليزار", "Gulizar"), ("شيلان", "Shilan"), ("هيلين", "Helin"),
    ("أمل", "Amal"), ("وفاء", "Wafaa"), ("ميادة", "Mayada"), ("ساهرة", "Sahira"),
    ("نوفة", "Nofa"), ("بهار", "Bahar"), ("جيهان", "Jihan"), ("كاميران", "Kamiran"),
]
MALE = [
    ("خليل", "Khalil"), ("الياس", "Elias"), ("حسن", "Hassan"), ("خدر", "Khidir"),
    ("قاسم", "Qasim"), ("مراد", "Murad"), ("حسين", "Hussein"), ("علي", "Ali"),
    ("سليمان", "Sulaiman"), ("بركات", "Barakat"), ("شمو", "Shamo"), ("حجي", "Hajji"),
    ("ناصر", "Nasser"), ("درويش", "Darwish"), ("سعيد", "Saeed"), ("جردو", "Jardo"),
    ("عيدو", "Eido"), ("مطو", "Matto"), ("حمو", "Hamo"), ("خلف", "Khalaf"),
    ("رشو", "Rasho"), ("سلو", "Salo"), ("بيسو", "Biso"), ("مشكو", "Mishko"),
    ("دخيل", "Dakhil"), ("زيدو", "Zaido"), ("جميل", "Jamil"), ("فارس", "Faris"),
    ("نايف", "Naif"), ("سمير", "Samir"), ("شيخو", "Shekho"), ("عطو", "Atto"),
    ("إسماعيل", "Ismail"), ("أحمد", "Ahmad"), ("محمود", "Mahmoud"), ("يوسف", "Yousif"),
    ("كريم", "Karim"), ("صالح", "Saleh"), ("عباس", "Abbas"), ("رشيد", "Rashid"),
    ("بشار", "Bashar"), ("نزار", "Nizar"), ("شاكر", "Shakir"), ("حيدر", "Haidar"),
]
FAMILY = [
    ("هسكاني", "Haskani"), ("الشيخ", "Al-Sheikh"), ("مندكاني", "Mandakani"),
    ("خالتي", "Khalti"), ("جيلكي", "Jilki"), ("قائدي", "Qaidi"), ("سموقي", "Samoqi"),
    ("رشكاني", "Rashkani"), ("دنايي", "Dinai"), ("كوجر", "Kocher"), ("فقير", "Faqir"),
    ("بير", "Pir"), ("الدخي", "Al-Dakhi"), ("مهركاني", "Mihirkani"), ("هبابي", "Habbabi"),
    ("آلدينا", "Aldina"), ("شرقي", "Sharqi"), ("حمداني", "Hamdani"),
]
VILLAGES = [
    ("كوجو", "Kocho"), ("تل عزير", "Tel Ezer"), ("سيبا شيخ خدر", "Siba Sheikh Khidir"),
    ("صولاغ", "Solagh"), ("حردان", "Hardan"), ("تل قصب", "Tel Qasab"), ("گرزرك", "Gir Zerik"),
    ("خانصور", "Khanasor"), ("دوگري", "Dugure"), ("بورك", "Borek"), ("زورافا", "Zorava"),
    ("سنوني", "Sinune"), ("تل بنات", "Tel Banat"), ("جدالة", "Jidala"),
]
DISTRICT = ("سنجار", "Sinjar")
GOVERNORATE = ("نينوى", "Nineveh")

# Spelling habits seen in lists, applied to make synthetic duplicates (Latin side).
LATIN_VARIANTS = [
    ("Kh", "H"), ("kh", "x"), ("Kh", "X"), ("ee", "i"), ("i", "ee"), ("ou", "u"), ("u", "o"),
    ("ss", "s"), ("a", "e"), ("q", "k"), ("Q", "K"), ("y", "i"), ("Al-", "Al "), ("Al-", ""),
    ("sh", "ş"), ("Sh", "Ş"), ("j", "c"), ("mm", "m"), ("tt", "t"), ("ai", "ay"), ("ie", "iye"),
]
# Arabic-script habits: hamza forms, ta marbuta, alef maqsura, Persian/Kurdish letters.
ARABIC_VARIANTS = [
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي"), ("ي", "ی"), ("ك", "ک"),
    ("ه", "ە"), ("ال", ""), ("و", "ۆ"), ("ئ", "ي"),
]
