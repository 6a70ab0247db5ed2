"""Printed labels in English, Arabic, Sorani (ckb) and Kurmanji (kmr), and their directions."""

from __future__ import annotations

LANGUAGES = ("en", "ar", "ckb", "kmr")
RTL_LANGUAGES = frozenset(("ar", "ckb"))

# key: (English, Arabic, Sorani, Kurmanji)
_LABELS: dict[str, tuple[str, str, str, str]] = {
    "dossier_title": ("Person dossier", "ملف شخص", "دۆسیەی کەس", "Dosyaya kesî"),
    "summary_title": ("Case summary", "ملخص الحالات", "پوختەی دۆسیەکان", "Kurteya dosyayan"),
    "rescue_title": ("Rescue operation report", "تقرير عملية إنقاذ",
                     "ڕاپۆرتی ئۆپەراسیۆنی ڕزگارکردن", "Rapora operasyona rizgarkirinê"),
    "case_no": ("Case number", "رقم الملف", "ژمارەی دۆسیە", "Hejmara dosyayê"),
    "profile": ("Disclosure profile", "نطاق الإفصاح", "ئاستی ئاشکراکردن", "Asta eşkerekirinê"),
    # at the top of every page of a paper of profile internal (document.internal_banner)
    "internal_banner": ("INTERNAL - TEAM ONLY - do not hand out",
                        "داخلي - للفريق فقط - لا يُسلَّم لأحد",
                        "ناوخۆیی - تەنها بۆ تیم - مەیدە بە کەس",
                        "NAVXWEYÎ - TENÊ JI BO TÎMÊ - nedin tu kesî"),
    "profile_internal": ("internal", "داخلي", "ناوخۆیی", "navxweyî"),
    "profile_court": ("court", "محكمة", "دادگا", "dadgeh"),
    "profile_family": ("family", "عائلة", "خێزان", "malbat"),
    "profile_public": ("public", "عام", "گشتی", "giştî"),
    "names": ("Names", "الأسماء", "ناوەکان", "Nav"),
    "name_given": ("Given name", "الاسم", "ناو", "Nav"),
    # Her full name where her given name is not known (a list row with her father's,
    # grandfather's and clan's names only): printed bare, it reads as a man's, her father's
    # name standing first. {name} is the name, isolated.
    "given_unknown": ("(given name unknown) {name}", "(الاسم الأول غير معروف) {name}",
                      "(ناوی یەکەم نەزانراوە) {name}", "(navê yekem nayê zanîn) {name}"),
    "name_unknown": ("unknown", "غير معروف", "نەزانراو", "nayê zanîn"),
    # a list's name column where a record holds no name part, only what she is known as
    "known_as": ("known as {name}", "المعروفة بـ {name}", "ناسراو بە {name}",
                 "bi navê {name} tê nasîn"),
    "name_father": ("Father's name", "اسم الأب", "ناوی باوک", "Navê bav"),
    "name_grandfather": ("Grandfather's name", "اسم الجد", "ناوی باپیر", "Navê bapîr"),
    "name_family": ("Family / clan", "اللقب / العشيرة", "بنەماڵە / هۆز", "Paşnav / eşîr"),
    "name_mother": ("Mother's name", "اسم الأم", "ناوی دایک", "Navê dayikê"),
    "name_nickname": ("Nickname", "الكنية", "نازناو", "Leqeb"),
    "aliases": ("Other spellings", "تهجئات أخرى", "ڕێنووسی تر", "Rastnivîsên din"),
    "script_original": ("Arabic script", "بالحروف العربية", "بە پیتی عەرەبی", "Bi tîpên erebî"),
    "script_latin": ("Latin script", "بالحروف اللاتينية", "بە پیتی لاتینی", "Bi tîpên latînî"),
    "sex": ("Sex", "الجنس", "ڕەگەز", "Zayend"),
    "sex_F": ("female", "أنثى", "مێ", "mê"),
    "sex_M": ("male", "ذكر", "نێر", "nêr"),
    "sex_U": ("unknown", "غير معروف", "نەزانراو", "nayê zanîn"),
    # a list's sex cell quoted with what the importer read it as: a Kurmanji M is mê, female
    "read_as": ("{cell} (read as {sex})", "{cell} (قُرئت على أنها {sex})",
                "{cell} (وەک {sex} خوێندرایەوە)", "{cell} (wek {sex} hat xwendin)"),
    "born": ("Born", "تاريخ الولادة", "لەدایکبوون", "Jidayikbûn"),
    "origin": ("Origin", "الأصل", "شوێنی ڕەسەن", "Cihê esilî"),
    "village": ("Village / town", "القرية / البلدة", "گوند / شارۆچکە", "Gund / bajarok"),
    "district": ("District", "القضاء", "قەزا", "Qeza"),
    "governorate": ("Governorate", "المحافظة", "پارێزگا", "Parêzgeh"),
    "abduction": ("Abduction", "الاختطاف", "ڕفاندن", "Revandin"),
    "date": ("Date", "التاريخ", "بەروار", "Dîrok"),
    # before an approximate date, whatever word it was typed with: "حوالي 1998 (1996–2000)"
    "about": ("about", "حوالي", "نزیکەی", "nêzîkî"),
    # A birth worked out from a list's age: the age, and the year the list gave it in.
    "age_in_year": ("age {age} in {year}", "العمر {age} في {year}", "تەمەن {age} لە {year}",
                    "temen {age} di {year} de"),
    # a date a status was known by, with no earlier bound: "≤ 2026-12-02" read backwards in
    # Arabic, where the sign came after the date
    "known_by": ("by {date}", "في {date} أو قبله", "لە {date} یان پێشتر", "di {date} de an berê"),
    # the note of a status the user gave everyone a list added (import --new-status): no
    # cell of her row said it
    "whole_list_note": ("said of the whole list, not in her row",
                        "قيلت عن القائمة كلها، لا في سطرها",
                        "بۆ هەموو لیستەکە گوترا، نەک لە ڕیزەکەی خۆیدا",
                        "ji bo tevahiya lîsteyê hat gotin, ne di rêza wê de"),
    # a status a list gave with no date, in the date column of her status timeline
    "date_not_given": ("date not given", "التاريخ غير مذكور", "بەروار نەگوتراوە",
                       "dîrok nehatiye gotin"),
    # A date text no date could be read from ("20014", "صيف 2015"): printed as written and
    # said to be no date, so that a court does not read it as one. {text} is isolated.
    "not_read_as_date": ("{text} (as written; not read as a date)",
                         "{text} (كما كُتب؛ لم يُقرأ تاريخاً)",
                         "{text} (وەک نووسراوە؛ وەک بەروار نەخوێندراوەتەوە)",
                         "{text} (wek hatiye nivîsîn; wek dîrok nehatiye xwendin)"),
    "age_no_year": ("age {age}, year not given", "العمر {age}، السنة غير مذكورة",
                    "تەمەن {age}، ساڵ نەگوتراوە", "temen {age}, sal nehatiye gotin"),
    "place": ("Place", "المكان", "شوێن", "Cih"),
    "circumstances": ("Circumstances", "الظروف", "بارودۆخ", "Rewş û şert"),
    "incident": ("Incident", "الحادثة", "ڕووداو", "Bûyer"),
    "last_known_location": ("Last known location", "آخر مكان معروف", "دوایین شوێنی زانراو",
                            "Cihê dawî yê naskirî"),
    "held_by": ("Held by", "محتجز لدى", "گیراوە لەلایەن", "Li cem"),
    "status_timeline": ("Status timeline", "تسلسل الحالة", "ڕیزبەندی دۆخ", "Rêzika rewşê"),
    # A status told with no date of its own, known only by the day it was recorded, in the
    # date column of her timeline, which sorts it where her current status rule puts it:
    # "by 2026-12-04" read as a date, and "2026-12-04" under "Told on" as the latest news.
    "date_unknown_recorded": ("date not known (recorded {day})",
                              "التاريخ غير معروف (سُجّل في {day})",
                              "بەروار نەزانراوە (لە {day} تۆمارکرا)",
                              "dîrok nayê zanîn (di {day} de hat tomarkirin)"),
    # under a status timeline printed without its notes (court, family): they may name an
    # intermediary, a sum or a place
    "status_notes_kept": ("Notes on these statuses are kept in the vault and not printed here.",
                          "الملاحظات على هذه الحالات محفوظة في الخزنة ولا تُطبع هنا.",
                          "تێبینییەکانی ئەم دۆخانە لە گەنجینەکەدا هەڵگیراون و لێرەدا چاپ "
                          "ناکرێن.",
                          "Nîşeyên li ser van rewşan di xezîneyê de tên parastin û li vir nayên "
                          "çapkirin."),
    # Under her name on a court dossier of a woman still held (app/reports/while_held.py):
    # printed for every woman still held, whatever is kept back of her
    "held_withheld": (
        "She is still held. While she is, this paper does not say whether she has been "
        "sighted or located, whether anyone is negotiating for her or working to free her, or "
        "what has been reported of her since she was taken: ask the team that made it.",
        "لا تزال محتجزة. وما دامت كذلك، لا تذكر هذه الوثيقة هل شوهدت أو حُدد مكانها، ولا هل "
        "يتفاوض أحد بشأنها أو يعمل على تحريرها، ولا ما ورد عنها من بلاغات منذ اختطافها: "
        "يُرجى الرجوع إلى الفريق الذي أعدّها.",
        "هێشتا لە دیلیدایە. تا ئەو کاتە، ئەم بەڵگەنامەیە نالێت ئایا بینراوە یان شوێنی "
        "دۆزراوەتەوە، ئایا کەسێک بۆی دانوستان دەکات یان کار بۆ ئازادکردنی دەکات، یان چی "
        "لەبارەیەوە ڕاپۆرت کراوە لەوەتەی ڕفێندراوە: پرسیار لەو تیمە بکە کە ئامادەی کردووە.",
        "Ew hîn di dîlîtiyê de ye. Heta ku wisa be, ev belge nabêje ka ew hatiye dîtin an cihê "
        "wê hatiye dîtin, ka kesek ji bo wê danûstandinê dike an ji bo azadkirina wê dixebite, "
        "an ji dema revandina wê ve çi li ser wê hatiye ragihandin: ji tîma ku ew amade kiriye "
        "bipirsin."),
    # under the status timeline of a woman still held, on a court paper
    "held_timeline_note": (
        "While she is held, the steps of the search for her (sighted, located, in "
        "negotiation) are not printed.",
        "ما دامت محتجزة، لا تُطبع مراحل البحث عنها (شوهدت، حُدد مكانها، قيد التفاوض).",
        "تا لە دیلیدا بێت، قۆناغەکانی گەڕان بەدوایدا (بینراوە، شوێنی دۆزراوەتەوە، لە "
        "دانوستاندندا) چاپ ناکرێن.",
        "Heta ku ew di dîlîtiyê de be, qonaxên lêgerîna li wê (hatiye dîtin, cihê wê hatiye "
        "dîtin, di danûstandinê de) nayên çapkirin."),
    # under her reports: those of her since her abduction, counted ({count})
    "held_reports_withheld": (
        "Reports of her since her abduction, not printed while she is held: {count}",
        "بلاغات وردت عنها منذ اختطافها ولا تُطبع ما دامت محتجزة: {count}",
        "ئەو ڕاپۆرتانەی لەوەتەی ڕفێندراوە لەبارەیەوە هاتوون و تا لە دیلیدا بێت چاپ ناکرێن: "
        "{count}",
        "Raporên ji dema revandina wê ve li ser wê, ku heta ew di dîlîtiyê de be nayên "
        "çapkirin: {count}"),
    # in place of her rescue records: no count, which would say someone works to free her
    "held_rescues_note": (
        "Rescue records are not printed while she is held.",
        "لا تُطبع سجلات الإنقاذ ما دامت محتجزة.",
        "تا لە دیلیدا بێت، تۆمارەکانی ڕزگارکردن چاپ ناکرێن.",
        "Heta ku ew di dîlîtiyê de be, tomarên rizgarkirinê nayên çapkirin."),
    # beside a status of her timeline that says she was out (rescued, reunited, dead), on a
    # court paper of a woman still held: her current status, a step of the search left off the
    # paper, overtakes it, and "Current status: missing" over a last line "reunited" or
    # "deceased" read as the paper contradicting itself
    "held_overtaken": (
        "(overtaken by a later status: she is still held)",
        "(حلّت محلها حالة لاحقة: لا تزال محتجزة)",
        "(دۆخێکی دواتر جێی گرتەوە: هێشتا لە دیلیدایە)",
        "(rewşeke paşê şûna wê girt: ew hîn di dîlîtiyê de ye)"),
    # under the abduction of a woman still held, on a court paper: who holds her now and
    # where she was last known to be say where she is
    "held_whereabouts_note": (
        "While she is held, who holds her and where she was last known to be are not printed.",
        "ما دامت محتجزة، لا يُطبع من يحتجزها ولا آخر مكان عُرف أنها فيه.",
        "تا لە دیلیدا بێت، ئەوەی لەلای کێ گیراوە و دوایین شوێنی زانراوی چاپ ناکرێن.",
        "Heta ku ew di dîlîtiyê de be, kesê ku wê li cem xwe digire û cihê wê yê dawî yê "
        "naskirî nayên çapkirin."),
    # on every court summary: its "missing" is also said of a woman sighted, located or in
    # negotiation who is still held
    "held_said_missing": (
        "Anyone still held is said here to be missing: while a person is held, a court paper "
        "does not say whether they have been sighted or located or are in negotiation.",
        "يُذكر هنا كل من لا يزال محتجزاً على أنه مفقود: ما دام محتجزاً، لا تذكر وثيقة "
        "المحكمة هل شوهد أو حُدد مكانه أو هل هو قيد التفاوض.",
        "کەسێک کە هێشتا لە دیلیدایە لێرەدا وەک ونبوو دەنووسرێت: تا لە دیلیدا بێت، "
        "بەڵگەنامەی دادگا نالێت ئایا بینراوە، شوێنی دۆزراوەتەوە یان لە دانوستاندندایە.",
        "Kesekî ku hîn di dîlîtiyê de ye li vir wek winda tê nivîsandin: heta ku ew di "
        "dîlîtiyê de be, belgeya dadgehê nabêje ka ew hatiye dîtin, cihê wî/wê hatiye dîtin "
        "an di danûstandinê de ye."),
    # A court rescue report: the persons it concerned who are still held, counted only
    "held_persons_withheld": (
        "Persons this operation concerned who are still held, not named while they are: "
        "{count}",
        "أشخاص تعنيهم هذه العملية ولا يزالون محتجزين، لا تُذكر أسماؤهم ما داموا كذلك: "
        "{count}",
        "ئەو کەسانەی ئەم ئۆپەراسیۆنە پەیوەندی پێیانەوە هەبوو و هێشتا لە دیلیدان، تا ئەو "
        "کاتە ناویان نانووسرێت: {count}",
        "Kesên ku ev operasyon li ser wan bû û hîn di dîlîtiyê de ne, heta ku wisa bin navê "
        "wan nayê nivîsandin: {count}"),
    # ... and, of an operation that did not free them, what it was
    # Said with a "may": the record is left out also when its words only seem to name someone
    # still held (a relative's given name read in a text), and a paper says nothing untrue.
    "held_operation_withheld": (
        "This operation may concern a person still held: its date, place and outcome are "
        "not printed while that person is.",
        "قد تعني هذه العملية شخصاً لا يزال محتجزاً: لا يُطبع تاريخها ومكانها ونتيجتها ما دام "
        "كذلك.",
        "لەوانەیە ئەم ئۆپەراسیۆنە پەیوەندی بە کەسێکەوە هەبێت کە هێشتا لە دیلیدایە: تا ئەو "
        "کاتە، بەروار و شوێن و ئەنجامی ئۆپەراسیۆنەکە چاپ ناکرێن.",
        "Dibe ku ev operasyon li ser kesekî be ku hîn di dîlîtiyê de ye: heta ku wisa be, "
        "dîrok, cih û encama operasyonê nayên çapkirin."),
    # A report of several persons, on the paper of one of them: those that also concern
    # another person still held, since that one's abduction, are kept back as on that
    # person's own court paper, and counted ({count})
    "held_reports_of_others": (
        "Reports that also concern another person still held, since that person's abduction, "
        "not printed while that person is held: {count}",
        "بلاغات تعني أيضاً شخصاً آخر لا يزال محتجزاً، منذ اختطافه، ولا تُطبع ما دام "
        "محتجزاً: {count}",
        "ئەو ڕاپۆرتانەی پەیوەندییان بە کەسێکی ترەوە هەیە کە هێشتا لە دیلیدایە، لەوەتەی "
        "ڕفێندراوە، و تا لە دیلیدا بێت چاپ ناکرێن: {count}",
        "Raporên ku li ser kesekî din ê hîn di dîlîtiyê de jî ne, ji dema revandina wî/wê ve, "
        "ku heta ew di dîlîtiyê de be nayên çapkirin: {count}"),
    # Reports whose text names another person still held (app/matching/named_in_text.py),
    # kept back as those filed under that person are, and counted ({count}); she is not named
    # A report proved false on the team's paper, before its text; and, on any other paper,
    # the count of those left out (a court may ask the team for them)
    "report_proved_false": (
        "PROVED FALSE ({date}): {reason}",
        "ثبت أنه كاذب ({date}): {reason}",
        "درۆ دەرچوو ({date}): {reason}",
        "DEREW DERKET ({date}): {reason}"),
    "reports_proved_false_left_out": (
        "Reports the team found to be false, not printed: {count}",
        "بلاغات تبيّن للفريق أنها كاذبة، ولا تُطبع: {count}",
        "ئەو ڕاپۆرتانەی تیمەکە بۆی دەرکەوت درۆن، چاپ ناکرێن: {count}",
        "Raporên ku tîmê dît ku derew in, nayên çapkirin: {count}"),
    "held_reports_naming_others": (
        "Reports whose text names another person still held, since that person's abduction, "
        "not printed while that person is held: {count}",
        "بلاغات يذكر نصها اسم شخص آخر لا يزال محتجزاً، منذ اختطافه، ولا تُطبع ما دام "
        "محتجزاً: {count}",
        "ئەو ڕاپۆرتانەی دەقەکەیان ناوی کەسێکی تری تێدایە کە هێشتا لە دیلیدایە، لەوەتەی "
        "ڕفێندراوە، و تا لە دیلیدا بێت چاپ ناکرێن: {count}",
        "Raporên ku di nivîsa wan de navê kesekî din ê hîn di dîlîtiyê de heye, ji dema "
        "revandina wî/wê ve, ku heta ew di dîlîtiyê de be nayên çapkirin: {count}"),
    # A family's paper, in place of the facts of an operation that did not free someone
    # else, still held: not why (that another family's daughter is held and was sought)
    "others_operation_withheld": (
        "Its date, place and outcome are not printed in a document for this audience: the "
        "operation may have concerned others too, who are not named here.",
        "لا يُطبع تاريخ هذه العملية ومكانها ونتيجتها في وثيقة موجهة إلى هذه الجهة: ربما كانت "
        "تعني آخرين أيضاً لا تُذكر أسماؤهم هنا.",
        "بەروار و شوێن و ئەنجامی ئەم ئۆپەراسیۆنە لە بەڵگەنامەیەک بۆ ئەم لایەنە چاپ ناکرێن: "
        "لەوانەیە پەیوەندی بە کەسانی تریشەوە هەبووبێت کە ناویان لێرەدا نییە.",
        "Dîrok, cih û encama vê operasyonê di belgeyeke ji bo vê aliyê de nayên çapkirin: "
        "dibe ku ew li ser kesên din jî bûbe, ku navê wan li vir nayê nivîsandin."),
    # a status a rescue record gave her (rescue add): {no} is the operation's number
    "from_rescue": ("from rescue operation {no}", "من عملية الإنقاذ {no}",
                    "لە ئۆپەراسیۆنی ڕزگارکردنی {no}", "ji operasyona rizgarkirinê {no}"),
    # a rescue recorded before a rescue gave a status, of a woman still short of rescued
    "rescue_status_unsaid": (
        "This record does not say whether she was freed; her status was not changed by it",
        "لا يذكر هذا السجل هل حُرِّرت؛ ولم تتغير حالتها به",
        "ئەم تۆمارە نالێت ئایا ئازاد کرا؛ دۆخەکەی بەم تۆمارە نەگۆڕا",
        "Ev qeyd nabêje ka ew hat azadkirin; rewşa wê pê nehat guhertin"),
    # an operation's outcome, free text about all it freed, on a paper that names only some
    # the same of an operation that freed no one (or does not say whether it did)
    "outcome_withheld_concerned": (
        "(left out: it speaks of the whole operation, and others it concerned are not named "
        "here)",
        "(حُذفت: تتحدث عن العملية كلها، ولا تُذكر هنا أسماء آخرين تعنيهم)",
        "(لابرا: باسی هەموو ئۆپەراسیۆنەکە دەکات، و ناوی کەسانی تر کە ئۆپەراسیۆنەکە "
        "پەیوەندی پێیانەوە هەبوو لێرەدا نییە)",
        "(hat derxistin: behsa tevahiya operasyonê dike, û navê kesên din ên ku operasyon "
        "li ser wan bû li vir nayê nivîsandin)"),
    "outcome_withheld": (
        "(left out: it speaks of the whole operation, and others rescued in it are not named "
        "here)",
        "(حُذفت: تتحدث عن العملية كلها، ولا تُذكر هنا أسماء آخرين أُنقذوا فيها)",
        "(لابرا: باسی هەموو ئۆپەراسیۆنەکە دەکات، و ناوی کەسانی تر کە تێیدا ڕزگارکران لێرەدا "
        "نییە)",
        "(hat derxistin: behsa tevahiya operasyonê dike, û navê kesên din ên tê de "
        "rizgarbûyî li vir nayê nivîsandin)"),
    "status_note": ("Status", "الحالة", "دۆخ", "Rewş"),
    "current_status": ("Current status", "الحالة الحالية", "دۆخی ئێستا", "Rewşa niha"),
    "status": ("Status", "الحالة", "دۆخ", "Rewş"),
    # A status is said as the screens say it (resources/translations, context Status): the
    # Sorani dossier said ون where the screens say ونبوو.
    "status_missing": ("missing", "مفقود", "ونبوو", "winda"),
    "status_sighted": ("sighted", "شوهد", "بینراوە", "hatiye dîtin"),
    "status_located": ("located", "حُدد مكانه", "شوێنی دۆزراوەتەوە", "cihê wî hatiye dîtin"),
    "status_in_negotiation": ("in negotiation", "قيد التفاوض", "لە دانوستاندندا",
                              "di danûstandinê de"),
    "status_rescued": ("rescued", "أُنقذ", "ڕزگارکراوە", "hatiye rizgarkirin"),
    "status_reunited": ("reunited", "عاد إلى عائلته", "گەڕاوەتەوە بۆ خێزان",
                        "gihîştiye malbatê"),
    # "deceased", not "deceased / remains identified": a death is recorded as told, and no
    # field says her remains were identified
    "status_deceased": ("deceased", "متوفى", "کۆچی دوایی کردووە", "miriye"),
    "status_unknown": ("unknown", "غير معروف", "نەزانراو", "nayê zanîn"),
    "note": ("Note", "ملاحظة", "تێبینی", "Nîşe"),
    "relatives": ("Relatives", "الأقارب", "خزمان", "Xizm"),
    "relation": ("Relation", "صلة القرابة", "پەیوەندی", "Têkilî"),
    "relation_mother": ("mother", "الأم", "دایک", "dayik"),
    "relation_father": ("father", "الأب", "باوک", "bav"),
    "relation_child": ("child", "ابن / ابنة", "منداڵ", "zarok"),
    "relation_sibling": ("sibling", "أخ / أخت", "خوشک / برا", "xwişk / bira"),
    "relation_spouse": ("spouse", "الزوج / الزوجة", "هاوسەر", "hevjîn"),
    # the same relations when the relative's sex is known: a sister printed "أخ / أخت"
    "relation_sister": ("sister", "أخت", "خوشک", "xwişk"),
    "relation_brother": ("brother", "أخ", "برا", "bira"),
    "relation_daughter": ("daughter", "ابنة", "کچ", "keç"),
    "relation_son": ("son", "ابن", "کوڕ", "kur"),
    "relation_wife": ("wife", "الزوجة", "ژن", "jin"),
    "relation_husband": ("husband", "الزوج", "مێرد", "mêr"),
    "relation_child_born_in_captivity": ("child born in captivity", "طفل وُلد في الأسر",
                                         "منداڵی لە دیلیدا لەدایکبوو",
                                         "zarokê di dîlîtiyê de çêbûyî"),
    # a mother or father whose sex the vault does not know
    "relation_parent": ("parent", "أحد الوالدين", "دایک یان باوک", "dê an bav"),
    "relation_other": ("other", "أخرى", "تر", "din"),
    "contacts": ("Family contacts", "جهات اتصال العائلة", "پەیوەندییەکانی خێزان",
                 "Têkiliyên malbatê"),
    "name": ("Name", "الاسم", "ناو", "Nav"),
    "phone": ("Phone", "الهاتف", "تەلەفۆن", "Telefon"),
    "photo": ("Photo", "الصورة", "وێنە", "Wêne"),
    "reports": ("Reports", "البلاغات", "ڕاپۆرتەکان", "Rapor"),
    "received": ("Received", "تاريخ الاستلام", "وەرگیراوە", "Wergirtin"),
    "observed": ("Observed", "تاريخ المشاهدة", "بینراوە", "Dîtin"),
    "source_code": ("Source code", "رمز المصدر", "کۆدی سەرچاوە", "Koda çavkaniyê"),
    # in place of a source code kept from before a code needed a digit: it may be a name
    "code_withheld": ("code withheld", "الرمز محجوب", "کۆد شاردراوەتەوە", "kod hat veşartin"),
    # the range is isolated: after Arabic letters, "1-6" would otherwise read as "6-1"
    "credibility": ("Credibility (1-6)", "المصداقية (\u20661-6\u2069)",
                    "باوەڕپێکراوی (\u20661-6\u2069)", "Pêbawerî (1-6)"),
    # A report's credibility beside its number (app.domain.records.CREDIBILITY): a bare "2"
    # does not say whether 1 is best.
    "credibility_1": ("confirmed by other sources", "مؤكد من مصادر أخرى",
                      "لە سەرچاوەی ترەوە پشتڕاستکراوەتەوە",
                      "ji çavkaniyên din hatiye piştrastkirin"),
    "credibility_2": ("probably true", "صحيح على الأرجح", "بە ئەگەری زۆر ڕاستە",
                      "bi îhtîmaleke mezin rast e"),
    "credibility_3": ("possibly true", "ربما صحيح", "لەوانەیە ڕاست بێت", "dibe ku rast be"),
    "credibility_4": ("doubtful", "مشكوك فيه", "جێی گومانە", "bi guman"),
    "credibility_5": ("improbable", "غير مرجح", "ئەگەری کەمە", "îhtîmala wê kêm e"),
    "credibility_6": ("truth cannot be judged", "لا يمكن الحكم على صحته",
                      "ڕاستییەکەی ناتوانرێت هەڵبسەنگێنرێت", "rastiya wê nayê nirxandin"),
    # a place or source code kept back with a report's content (one word: a cell this narrow
    # wraps two, and pdftotext then reads them apart): a blank read as "none recorded"
    "cell_withheld": ("withheld", "محجوب", "شاردراوەتەوە", "veşartî"),
    "content": ("Content", "المحتوى", "ناوەڕۆک", "Naverok"),
    "field_names_other_held": (
        "(not printed: it names another person still held)",
        "(لم يُطبع: يذكر اسم شخص آخر لا يزال محتجزاً)",
        "(چاپ نەکراوە: ناوی کەسێکی تری تێدایە کە هێشتا لە دیلیدایە)",
        "(nehatiye çapkirin: navê kesekî din ê hîn di dîlîtiyê de tê de heye)"),
    "content_withheld": ("(content withheld: it could identify the source)",
                         "(حُجب المحتوى: قد يكشف المصدر)",
                         "(ناوەڕۆک شاردراوەتەوە: لەوانەیە سەرچاوە ئاشکرا بکات)",
                         "(naverok hat veşartin: dibe ku çavkaniyê eşkere bike)"),
    "rescues": ("Rescue records", "سجلات الإنقاذ", "تۆمارەکانی ڕزگارکردن",
                "Tomarên rizgarkirinê"),
    "operation": ("Operation", "العملية", "ئۆپەراسیۆن", "Operasyon"),
    "from_place": ("Rescued from", "مكان الإنقاذ", "شوێنی ڕزگارکردن", "Cihê rizgarkirinê"),
    # the place of an operation that freed no one: "Rescued from" said she was freed there
    "operation_place": ("Place of the operation", "مكان العملية", "شوێنی ئۆپەراسیۆنەکە",
                        "Cihê operasyonê"),
    "route": ("Route", "المسار", "ڕێگا", "Rê"),
    "handover_point": ("Handover point", "نقطة التسليم", "خاڵی ڕادەستکردن",
                       "Xala radestkirinê"),
    "team": ("Team (codes)", "الفريق (رموز)", "تیم (کۆدەکان)", "Tîm (kod)"),
    "details": ("Details", "التفاصيل", "وردەکاری", "Hûrgilî"),
    "outcome": ("Outcome", "النتيجة", "ئەنجام", "Encam"),
    "handover_family": ("Handover to family", "التسليم إلى العائلة", "ڕادەستکردن بە خێزان",
                        "Radestkirina malbatê"),
    "needs": ("Medical and psychosocial needs", "الاحتياجات الطبية والنفسية",
              "پێداویستییە پزیشکی و دەروونییەکان", "Pêdiviyên bijîşkî û derûnî"),
    "costs": ("Costs", "التكاليف", "تێچووەکان", "Lêçûn"),
    "amount": ("Amount", "المبلغ", "بڕ", "Mîqdar"),
    "currency": ("Currency", "العملة", "دراو", "Dirav"),
    "paid_to": ("Paid to", "دُفع إلى", "درا بە", "Dayîn ji bo"),
    "purpose": ("Purpose", "الغرض", "مەبەست", "Armanc"),
    "total": ("Total", "المجموع", "کۆ", "Tevahî"),
    # after a total in a code no currency has (UDS, taken before codes were checked)
    "not_currency": ("not a known currency code", "ليس رمز عملة معروفاً", "کۆدی دراوێکی ناسراو نییە",
                     "ne koda pereyekî naskirî ye"),
    "persons_rescued": ("Persons rescued", "الأشخاص الذين تم إنقاذهم", "ئەو کەسانەی ڕزگارکران",
                        "Kesên rizgarbûyî"),
    # The heading of the persons of an operation that gave them no status (it failed, or
    # freed someone else), and of one recorded before a rescue gave one: "Persons rescued"
    # over a failed attempt told her family she was freed.
    "persons_not_freed": ("Persons it concerned (not freed by it)",
                          "الأشخاص الذين تعنيهم العملية (لم يُحرَّروا بها)",
                          "ئەو کەسانەی ئۆپەراسیۆنەکە پەیوەندی پێیانەوە هەبوو (پێی ئازاد "
                          "نەکران)",
                          "Kesên ku operasyon li ser wan bû (pê nehatin azadkirin)"),
    "persons_named_unsaid": ("Persons named in it (this record does not say whether they "
                             "were freed)",
                             "الأشخاص المذكورون فيها (لا يذكر هذا السجل هل حُرِّروا)",
                             "ئەو کەسانەی ناویان تێیدا هاتووە (ئەم تۆمارە نالێت ئایا ئازاد "
                             "کران)",
                             "Kesên ku navê wan tê de hatiye (ev qeyd nabêje ka ew hatin "
                             "azadkirin)"),
    # In place of the persons where the profile shows none of them: never "none recorded".
    "persons_withheld": ("Withheld: who was rescued is not shown in a document for this audience.",
                         "محجوب: لا تُذكر أسماء من أُنقذوا في وثيقة موجهة إلى هذه الجهة.",
                         "شاردراوەتەوە: ناوی ڕزگارکراوەکان لە بەڵگەنامەیەک بۆ ئەم لایەنە "
                         "نانووسرێت.",
                         "Hat veşartin: navên kesên rizgarbûyî di belgeyeke ji bo vê aliyê de "
                         "nayên nivîsandin."),
    # Under the persons a family's paper names: the others of the operation, counted only.
    "others_withheld": ("Others rescued in this operation, not named in this document: {count}",
                        "آخرون أُنقذوا في هذه العملية ولم تُذكر أسماؤهم في هذه الوثيقة: {count}",
                        "کەسانی تر کە لەم ئۆپەراسیۆنەدا ڕزگارکران و ناویان لەم بەڵگەنامەیەدا "
                        "نییە: {count}",
                        "Kesên din ên di vê operasyonê de rizgarbûyî, ku navê wan di vê belgeyê "
                        "de nîne: {count}"),
    # The same two of an operation that freed no one, or does not say whether it did.
    "persons_withheld_concerned": (
        "Withheld: who this operation concerned is not shown in a document for this audience.",
        "محجوب: لا تُذكر أسماء من تعنيهم هذه العملية في وثيقة موجهة إلى هذه الجهة.",
        "شاردراوەتەوە: ناوی ئەو کەسانەی ئەم ئۆپەراسیۆنە پەیوەندی پێیانەوە هەبوو لە "
        "بەڵگەنامەیەک بۆ ئەم لایەنە نانووسرێت.",
        "Hat veşartin: navên kesên ku ev operasyon li ser wan bû di belgeyeke ji bo vê aliyê "
        "de nayên nivîsandin."),
    "others_withheld_concerned": (
        "Others this operation concerned, not named in this document: {count}",
        "آخرون تعنيهم هذه العملية ولم تُذكر أسماؤهم في هذه الوثيقة: {count}",
        "کەسانی تر کە ئەم ئۆپەراسیۆنە پەیوەندی پێیانەوە هەبوو و ناویان لەم بەڵگەنامەیەدا "
        "نییە: {count}",
        "Kesên din ên ku ev operasyon li ser wan bû, ku navê wan di vê belgeyê de nîne: "
        "{count}"),
    # A summary narrowed to persons named by case number (a family's own)
    "chosen_persons": ("Persons named", "الأشخاص المحددون", "کەسە دیاریکراوەکان",
                       "Kesên diyarkirî"),
    "provenance": ("Lists naming this person", "القوائم التي ذكرت هذا الشخص",
                   "ئەو لیستانەی ناوی ئەم کەسەیان تێدایە", "Lîsteyên ku navê vî kesî tê de ye"),
    "list": ("List", "القائمة", "لیست", "Lîste"),
    "file": ("File", "الملف", "فایل", "Pel"),
    "sheet": ("Sheet", "الورقة", "پەڕە", "Tabelo"),
    "row": ("Row", "الصف", "ڕیز", "Rêz"),
    "notes": ("Notes", "ملاحظات", "تێبینییەکان", "Nîşe"),
    # The mark opening a line of her notes that a list added (stored in English, as
    # list_notes.note_mark writes it), in the paper's words: {name} the list, {n} a number,
    # {day} the day the list was read.
    "note_list": ('list "{name}"', "القائمة «{name}»", "لیستی «{name}»", "lîsteya «{name}»"),
    "note_batch": ("batch {n}", "الدفعة {n}", "کۆمەڵەی {n}", "koma {n}"),
    "note_row": ("row {n}", "الصف {n}", "ڕیزی {n}", "rêza {n}"),
    "note_read": ("read {day}", "قُرئت في {day}", "خوێندرایەوە لە {day}", "hat xwendin di {day} de"),
    "note_parts": (", ", "، ", "، ", ", "),
    "list_said": ("What the list said", "ما ذكرته القائمة", "ئەوەی لیستەکە نووسیویەتی",
                  "Tiştê ku lîsteyê gotiye"),
    # a list by its import batch (import list, review): on papers for outside the team the
    # list is said so, never by who sent it
    "list_batch": ("List batch {n}", "دفعة القائمة {n}", "کۆمەڵەی لیستی {n}",
                   "Koma lîsteyê {n}"),
    "recorded": ("Recorded", "وقت التسجيل", "کاتی تۆمارکردن", "Dema tomarkirinê"),
    "merged_record": ("record {case_no}, merged into this one", "السجل {case_no}، دُمج في هذا السجل",
                      "تۆماری {case_no}، تێکەڵی ئەمە کراوە", "tomara {case_no}, bi vê re hatiye yekkirin"),
    # Under the name at the top of a dossier of a record that others were merged into.
    "merged_here": ("Records merged into this one: {case_nos}",
                    "سجلات دُمجت في هذا السجل: {case_nos}",
                    "ئەو تۆمارانەی تێکەڵی ئەمە کراون: {case_nos}",
                    "Tomarên ku bi vê re hatine yekkirin: {case_nos}"),
    # The column that names, on a row of the timeline, reports, rescues, relatives or contacts,
    # the record merged into hers it came with.
    "merged_record_column": ("Merged record", "السجل المدموج", "تۆماری تێکەڵکراو",
                             "Tomara yekkirî"),
    "name_full": ("Full name", "الاسم الكامل", "ناوی تەواو", "Navê temam"),
    "age": ("Age", "العمر", "تەمەن", "Temen"),
    # A summary's age filter: which age it is (the filter said "Age", and a court read
    # "Age: … – 17, no person is listed" as "no children were taken"), and whom it cannot take
    "age_today_on": ("Age today ({date})", "العمر اليوم ({date})", "تەمەنی ئەمڕۆ ({date})",
                     "Temenê îro ({date})"),
    # (her incident's date where she has none of her own, as her dossier says it)
    "age_when_taken": ("Age when taken (at the abduction date, else the incident's; {year} "
                       "where neither is recorded)",
                       "العمر عند الاختطاف (في تاريخ الاختطاف، وإلا فتاريخ الحادثة؛ {year} حيث "
                       "لم يُسجَّل أيٌّ منهما)",
                       "تەمەنی کاتی ڕفاندن (لە بەرواری ڕفاندن، یان بەرواری ڕووداوەکە؛ {year} "
                       "ئەگەر هیچیان تۆمار نەکرابێت)",
                       "Temenê dema revandinê (di dîroka revandinê de, an ya bûyerê; {year} heke "
                       "tu yek ji wan nehatibe tomarkirin)"),
    # How a summary's persons were chosen: by words in their own names (--query, the Print
    # screen's name box), or as the Persons list showed them for its search ("Print list...")
    "query_words": ("Name or case number containing the words",
                    "الاسم أو رقم الحالة يحتوي الكلمات", "ناو یان ژمارەی دۆسیە ئەم وشانەی تێدایە",
                    "Nav an hejmara dosyayê van peyvan dihewîne"),
    "chosen_how": ("Persons chosen", "كيف اختير الأشخاص", "کەسەکان چۆن هەڵبژێردران",
                   "Kes çawa hatin hilbijartin"),
    "listed_all": ("the {n} persons the Persons list showed for the search “{query}”, in its "
                   "order (names found in any spelling)",
                   "الأشخاص الـ {n} الذين أظهرتهم قائمة الأشخاص عند البحث عن «{query}»، "
                   "بترتيبها (أسماء وُجدت بأي تهجئة)",
                   "ئەو {n} کەسەی لیستی کەسەکان بۆ گەڕانی «{query}» پیشانی دان، بە ڕیزبەندی "
                   "خۆی (ناوەکان بە هەر ڕێنووسێک دۆزرانەوە)",
                   "{n} kesên ku lîsteya kesan ji bo lêgerîna “{query}” nîşan dan, bi rêza wê "
                   "(nav bi her rênivîsê hatin dîtin)"),
    "listed_some": ("the {n} closest of the {found} persons the Persons list found for the "
                    "search “{query}”, as it showed them, in its order (names found in any "
                    "spelling); the others are not listed",
                    "أقرب {n} من {found} شخصًا وجدتهم قائمة الأشخاص عند البحث عن «{query}»، كما "
                    "أظهرتهم وبترتيبها (أسماء وُجدت بأي تهجئة)؛ الباقون غير مدرجين",
                    "نزیکترین {n} لە {found} کەسەی لیستی کەسەکان بۆ گەڕانی «{query}» دۆزینییەوە، "
                    "وەک پیشانی دان و بە ڕیزبەندی خۆی (ناوەکان بە هەر ڕێنووسێک دۆزرانەوە)؛ "
                    "ئەوانی تر لە لیستدا نین",
                    "{n} kesên herî nêzîk ji {found} kesên ku lîsteya kesan ji bo lêgerîna "
                    "“{query}” dîtin, wek ku nîşan dan, bi rêza wê (nav bi her rênivîsê hatin "
                    "dîtin); yên din di lîsteyê de nînin"),
    "age_no_birth": ("; persons with no birth recorded are not listed",
                     "؛ ولا يُدرج من لم تُسجَّل ولادته",
                     "؛ ئەو کەسانەی لەدایکبوونیان تۆمار نەکراوە لە لیستدا نین",
                     "; kesên ku jidayikbûna wan nehatiye tomarkirin di lîsteyê de nînin"),
    "abduction_place": ("Place of abduction", "مكان الاختطاف", "شوێنی ڕفاندن", "Cihê revandinê"),
    "rescue_date": ("Date of rescue", "تاريخ الإنقاذ", "بەرواری ڕزگارکردن", "Dîroka rizgarkirinê"),
    "status_date": ("Status date", "تاريخ الحالة", "بەرواری دۆخ", "Dîroka rewşê"),
    "sharing_level": ("Sharing level", "مستوى المشاركة", "ئاستی هاوبەشکردن", "Asta parvekirinê"),
    "sharing_internal": ("internal only", "داخلي فقط", "تەنها ناوخۆیی", "tenê navxweyî"),
    "sharing_ngo": ("NGO", "منظمة غير حكومية", "ڕێکخراوی ناحکومی", "rêxistina nehikûmî"),
    "sharing_court": ("court", "محكمة", "دادگا", "dadgeh"),
    "sharing_family": ("family", "عائلة", "خێزان", "malbat"),
    "sharing_public": ("public (may appear on a public appeal)", "عام (يجوز نشره في نداء عام)",
                       "گشتی (دەکرێت لە بانگەوازێکی گشتیدا بێت)",
                       "giştî (dikare di bangeke giştî de derkeve)"),
    # A list document's persons its filters chose but whose sharing level keeps them off it
    # (app/reports/profiles.py reaches): counted on the paper, never left out silently.
    "sharing_left_out": ("Persons left out: {count} (their sharing level does not allow "
                         "{profile})",
                         "أشخاص مستبعدون: {count} (مستوى المشاركة الخاص بهم لا يسمح "
                         "بـ«{profile}»)",
                         "کەسانی لابراو: {count} (ئاستی هاوبەشکردنیان ڕێگە بە «{profile}» "
                         "نادات)",
                         "Kesên hatine derxistin: {count} (asta parvekirina wan destûrê nade "
                         "«{profile}»)"),
    "sharing_nobody": ("No one is listed: no person chosen has a sharing level that allows "
                       "{profile}.",
                       "لا أحد في القائمة: لا يسمح مستوى المشاركة لأي من الأشخاص المختارين "
                       "بـ«{profile}».",
                       "کەس لە لیستەکەدا نییە: ئاستی هاوبەشکردنی هیچ کام لە کەسە "
                       "هەڵبژێردراوەکان ڕێگە بە «{profile}» نادات.",
                       "Kes di lîsteyê de nîne: asta parvekirina tu kesê hilbijartî destûrê "
                       "nade «{profile}»."),
    # A list document's persons a filter left out only for a value their records leave blank
    # ({what}: unrecorded_*; {filter}: the filter's name as the filters line gives it), as
    # `person list` says it: a list of those taken in 2014 silent of the women whose date is
    # not recorded reads as all of them.
    "unrecorded_left_out": ("Persons left out: {count} ({what}: the filter “{filter}” cannot "
                            "tell whether they fit)",
                            "أشخاص مستبعدون: {count} ({what}، فلا يمكن لعامل التصفية "
                            "«{filter}» أن يحدد هل ينطبق عليهم)",
                            "کەسانی لابراو: {count} ({what}، بۆیە فلتەری «{filter}» ناتوانێت "
                            "بزانێت لەگەڵیدا دەگونجێن یان نا)",
                            "Kesên hatine derxistin: {count} ({what}: parzûna “{filter}” "
                            "nikare bizane ka ew li gorî wê ne yan na)"),
    "unrecorded_abduction": ("no abduction date recorded", "لم يُسجَّل تاريخ اختطافهم",
                             "بەرواری ڕفاندنیان تۆمار نەکراوە",
                             "dîroka revandina wan nehatiye tomarkirin"),
    "unrecorded_birth": ("no birth recorded", "لم تُسجَّل ولادتهم",
                         "لەدایکبوونیان تۆمار نەکراوە", "jidayikbûna wan nehatiye tomarkirin"),
    "unrecorded_village": ("no village recorded", "لم تُسجَّل قريتهم", "گوندیان تۆمار نەکراوە",
                           "gundê wan nehatiye tomarkirin"),
    "unrecorded_sex": ("sex not recorded", "لم يُسجَّل جنسهم", "ڕەگەزیان تۆمار نەکراوە",
                       "zayenda wan nehatiye tomarkirin"),
    "unrecorded_status": ("status unknown", "حالتهم غير معروفة", "دۆخیان نەزانراوە",
                          "rewşa wan nayê zanîn"),
    "generated": ("Generated", "أُنشئ في", "دروستکرا لە", "Hat çêkirin"),
    # a code of what the dossier shows of her (content_check.py): the same on two papers of
    # one profile, whatever their language, when they show the same
    "content_check": ("Contents check", "رمز مطابقة المحتوى", "کۆدی بەراوردی ناوەڕۆک",
                      "Koda berhevdana naverokê"),
    "audit_head": ("Audit chain head", "رأس سلسلة التدقيق", "سەری زنجیرەی پشکنین",
                   "Serê zincîra kontrolê"),
    "page": ("Page", "صفحة", "لاپەڕە", "Rûpel"),
    "of": ("of", "من", "لە", "ji"),
    "none": ("none recorded", "لا يوجد", "هیچ تۆمار نەکراوە", "tiştek nehatiye tomarkirin"),
    # a field of her abduction with nothing recorded (its date, its place): unknown, not forgotten
    # her abduction's date or place where hers is not recorded, taken from her incident
    "from_incident": ("(from the incident)", "(من الحادثة)", "(لە ڕووداوەکەوە)", "(ji bûyerê)"),
    "not_recorded": ("not recorded", "غير مسجَّل", "تۆمار نەکراوە", "nehatiye tomarkirin"),
    # A summary whose filters leave nobody: the filter that did ({filter}: its name and value
    # as the filters line gives them), and how many the filters before it chose ({count}).
    "nobody_left_first": (
        "No person is listed: no one in the vault matches the filter “{filter}”.",
        "لا يوجد أي شخص في هذه القائمة: لا أحد في السجلات يطابق عامل التصفية «{filter}».",
        "هیچ کەسێک لەم لیستەیەدا نییە: هیچ کەسێک لە تۆمارەکاندا لەگەڵ فلتەری «{filter}» "
        "ناگونجێت.",
        "Tu kes di vê lîsteyê de nîne: di tomaran de tu kes li gorî parzûna “{filter}” nayê."),
    "nobody_left_after": (
        "No person is listed: the filters before it choose {count}, and the filter “{filter}” "
        "leaves none of them.",
        "لا يوجد أي شخص في هذه القائمة: عوامل التصفية التي قبله تختار {count}، وعامل التصفية "
        "«{filter}» لا يُبقي أحداً منهم.",
        "هیچ کەسێک لەم لیستەیەدا نییە: فلتەرەکانی پێشتر {count} کەس هەڵدەبژێرن، و فلتەری "
        "«{filter}» هیچ کەسێکیان ناهێڵێتەوە.",
        "Tu kes di vê lîsteyê de nîne: parzûnên berê {count} kesan hildibijêrin, û parzûna "
        "“{filter}” tu kesî ji wan nahêle."),
    "filters": ("Filters", "عوامل التصفية", "فلتەرەکان", "Parzûn"),
    "all": ("all", "الكل", "هەموو", "hemû"),
    "persons": ("Persons", "عدد الأشخاص", "ژمارەی کەسەکان", "Hejmara kesan"),
    "by_status": ("Persons by status", "الأشخاص حسب الحالة", "کەسەکان بەپێی دۆخ",
                  "Kes li gorî rewşê"),
    "query": ("Search", "بحث", "گەڕان", "Lêgerîn"),
    "name_original": ("Name (Arabic script)", "الاسم (بالعربية)", "ناو (بە پیتی عەرەبی)",
                      "Nav (tîpên erebî)"),
    "name_latin": ("Name (Latin)", "الاسم (لاتيني)", "ناو (لاتینی)", "Nav (latînî)"),
    "abducted": ("Abducted", "تاريخ الاختطاف", "ڕفێندرا", "Hat revandin"),
    # the range itself says "from … to …" in Arabic and Sorani (range_*), so their label
    # does not say "between" twice
    "abducted_between": ("Abducted between", "تاريخ الاختطاف", "ڕێکەوتی ڕفاندن",
                         "Di navbera van dîrokan de hat revandin"),
    # a range of ages or dates on a summary's filters line; each end is kept left to right on
    # its own, so that in Arabic and Sorani the range reads in the paper's direction (a dash
    # between two dates read the later date first there)
    "range_both": ("{a} – {b}", "من {a} إلى {b}", "لە {a} تا {b}", "{a} – {b}"),
    "range_from": ("{a} – …", "من {a}", "لە {a} بەدواوە", "{a} – …"),
    "range_to": ("… – {b}", "حتى {b}", "تا {b}", "… – {b}"),
    # a report or a status of her seen on or after the date (summary --seen-since; internal
    # only; db/repositories/seen.py)
    "seen_since": ("Seen since (a report or a status, observed on or after)",
                   "شوهدت منذ (تقرير أو حالة، مشاهدة في هذا التاريخ أو بعده)",
                   "بینراوە لە (ڕاپۆرت یان دۆخ، لەم ڕێکەوتە یان دوای ئەو)",
                   "Hat dîtin ji (rapor an rewş, di vê dîrokê de an piştî wê)"),
    "synthetic": ("SYNTHETIC DEMO DATA: not real persons",
                  "بيانات تجريبية مصطنعة: ليسوا أشخاصاً حقيقيين",
                  "داتای دەستکردی نموونە: کەسی ڕاستەقینە نین",
                  "DANEYÊN DESTKIRD: ne kesên rastîn in"),
    "confidential": ("Confidential", "سري", "نهێنی", "Nepenî"),
}


# A woman's status where the language says it otherwise (Arabic; Kurmanji "her place"). The
# labels above are the masculine forms, used for men only: as on screen, a person whose sex is
# not recorded is spoken of as the lists mostly speak, as a woman.
_OF_A_WOMAN: dict[str, dict[str, str]] = {
    "status_missing": {"ar": "مفقودة"},
    "status_sighted": {"ar": "شوهدت"},
    "status_located": {"ar": "حُدد مكانها", "kmr": "cihê wê hatiye dîtin"},
    "status_rescued": {"ar": "أُنقذت"},
    "status_reunited": {"ar": "عادت إلى عائلتها"},
    "status_deceased": {"ar": "متوفاة"},
}


# A status said of one person whose sex is not recorded (U): neither form alone, as "known as"
# is said of such a person ("المعروف/ة بـ"): a U row read "المعروف/ة بـ وردة" beside "أُنقذت".
# Sorani has no gender; Kurmanji's wê is "wî/wê" of either (as _HELD_OF says it).
_OF_UNRECORDED: dict[str, dict[str, str]] = {
    "status_missing": {"ar": "مفقود/ة"},
    "status_sighted": {"ar": "شوهد/ت"},
    "status_located": {"ar": "حُدد مكانه/ا", "kmr": "cihê wî/wê hatiye dîtin"},
    "status_rescued": {"ar": "أُنقذ/ت"},
    "status_reunited": {"ar": "عاد/ت إلى العائلة"},
    "status_deceased": {"ar": "متوفى/متوفاة"},
}


# A status said of persons of both sexes at once (the counts of a summary listing women and
# men): both forms, as a relation of unknown sex is said ("أخ / أخت").
BOTH_SEXES = "F/M"
_OF_BOTH: dict[str, dict[str, str]] = {
    "status_missing": {"ar": "مفقود / مفقودة"},
    "status_sighted": {"ar": "شوهد / شوهدت"},
    "status_located": {"ar": "حُدد مكانه / مكانها", "kmr": "cihê wî / wê hatiye dîtin"},
    "status_rescued": {"ar": "أُنقذ / أُنقذت"},
    "status_reunited": {"ar": "عاد / عادت إلى العائلة"},
    "status_deceased": {"ar": "متوفى / متوفاة"},
}


# The sentences a court's paper of a person still held prints of her (while_held.py), said
# of a man (M) and of one whose sex is not recorded (U): a boy still held was "She is still
# held" and "لا تزال محتجزة" beside his status "مفقود". Sorani has no gender; Kurmanji's wê
# is wî of a man, "wî/wê" of either. Key: (English, Arabic, Sorani, Kurmanji) of the sex.
_HELD_OF: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("held_withheld", "M"): (
        "He is still held. While he is, this paper does not say whether he has been sighted "
        "or located, whether anyone is negotiating for him or working to free him, or what "
        "has been reported of him since he was taken: ask the team that made it.",
        "لا يزال محتجزاً. وما دام كذلك، لا تذكر هذه الوثيقة هل شوهد أو حُدد مكانه، ولا هل "
        "يتفاوض أحد بشأنه أو يعمل على تحريره، ولا ما ورد عنه من بلاغات منذ اختطافه: "
        "يُرجى الرجوع إلى الفريق الذي أعدّها.",
        _LABELS["held_withheld"][2],
        "Ew hîn di dîlîtiyê de ye. Heta ku wisa be, ev belge nabêje ka ew hatiye dîtin an cihê "
        "wî hatiye dîtin, ka kesek ji bo wî danûstandinê dike an ji bo azadkirina wî dixebite, "
        "an ji dema revandina wî ve çi li ser wî hatiye ragihandin: ji tîma ku ew amade kiriye "
        "bipirsin."),
    ("held_withheld", "U"): (
        "This person is still held. While they are, this paper does not say whether they have "
        "been sighted or located, whether anyone is negotiating for them or working to free "
        "them, or what has been reported of them since they were taken: ask the team that "
        "made it.",
        "لا يزال هذا الشخص محتجزاً. وما دام كذلك، لا تذكر هذه الوثيقة هل شوهد أو حُدد مكانه، "
        "ولا هل يتفاوض أحد بشأنه أو يعمل على تحريره، ولا ما ورد عنه من بلاغات منذ اختطافه: "
        "يُرجى الرجوع إلى الفريق الذي أعدّها.",
        _LABELS["held_withheld"][2],
        "Ev kes hîn di dîlîtiyê de ye. Heta ku wisa be, ev belge nabêje ka ew hatiye dîtin an "
        "cihê wî/wê hatiye dîtin, ka kesek ji bo wî/wê danûstandinê dike an ji bo azadkirina "
        "wî/wê dixebite, an ji dema revandina wî/wê ve çi li ser wî/wê hatiye ragihandin: ji "
        "tîma ku ew amade kiriye bipirsin."),
    ("held_timeline_note", "M"): (
        "While he is held, the steps of the search for him (sighted, located, in negotiation) "
        "are not printed.",
        "ما دام محتجزاً، لا تُطبع مراحل البحث عنه (شوهد، حُدد مكانه، قيد التفاوض).",
        _LABELS["held_timeline_note"][2],
        "Heta ku ew di dîlîtiyê de be, qonaxên lêgerîna li wî (hatiye dîtin, cihê wî hatiye "
        "dîtin, di danûstandinê de) nayên çapkirin."),
    ("held_timeline_note", "U"): (
        "While this person is held, the steps of the search for them (sighted, located, in "
        "negotiation) are not printed.",
        "ما دام هذا الشخص محتجزاً، لا تُطبع مراحل البحث عنه (شوهد، حُدد مكانه، قيد التفاوض).",
        _LABELS["held_timeline_note"][2],
        "Heta ku ev kes di dîlîtiyê de be, qonaxên lêgerîna li wî/wê (hatiye dîtin, cihê "
        "wî/wê hatiye dîtin, di danûstandinê de) nayên çapkirin."),
    ("held_reports_withheld", "M"): (
        "Reports of him since his abduction, not printed while he is held: {count}",
        "بلاغات وردت عنه منذ اختطافه ولا تُطبع ما دام محتجزاً: {count}",
        _LABELS["held_reports_withheld"][2],
        "Raporên ji dema revandina wî ve li ser wî, ku heta ew di dîlîtiyê de be nayên "
        "çapkirin: {count}"),
    ("held_reports_withheld", "U"): (
        "Reports of this person since their abduction, not printed while they are held: "
        "{count}",
        "بلاغات وردت عن هذا الشخص منذ اختطافه ولا تُطبع ما دام محتجزاً: {count}",
        _LABELS["held_reports_withheld"][2],
        "Raporên ji dema revandina wî/wê ve li ser wî/wê, ku heta ew di dîlîtiyê de be nayên "
        "çapkirin: {count}"),
    ("held_overtaken", "M"): (
        "(overtaken by a later status: he is still held)",
        "(حلّت محلها حالة لاحقة: لا يزال محتجزاً)",
        _LABELS["held_overtaken"][2], _LABELS["held_overtaken"][3]),
    ("held_overtaken", "U"): (
        "(overtaken by a later status: this person is still held)",
        "(حلّت محلها حالة لاحقة: لا يزال هذا الشخص محتجزاً)",
        _LABELS["held_overtaken"][2],
        "(rewşeke paşê şûna wê girt: ev kes hîn di dîlîtiyê de ye)"),
    ("held_whereabouts_note", "M"): (
        "While he is held, who holds him and where he was last known to be are not printed.",
        "ما دام محتجزاً، لا يُطبع من يحتجزه ولا آخر مكان عُرف أنه فيه.",
        _LABELS["held_whereabouts_note"][2],
        "Heta ku ew di dîlîtiyê de be, kesê ku wî li cem xwe digire û cihê wî yê dawî yê "
        "naskirî nayên çapkirin."),
    ("held_whereabouts_note", "U"): (
        "While this person is held, who holds them and where they were last known to be are "
        "not printed.",
        "ما دام هذا الشخص محتجزاً، لا يُطبع من يحتجزه ولا آخر مكان عُرف أنه فيه.",
        _LABELS["held_whereabouts_note"][2],
        "Heta ku ev kes di dîlîtiyê de be, kesê ku wî/wê li cem xwe digire û cihê wî/wê yê "
        "dawî yê naskirî nayên çapkirin."),
    ("held_rescues_note", "M"): (
        "Rescue records are not printed while he is held.",
        "لا تُطبع سجلات الإنقاذ ما دام محتجزاً.",
        _LABELS["held_rescues_note"][2], _LABELS["held_rescues_note"][3]),
    ("held_rescues_note", "U"): (
        "Rescue records are not printed while this person is held.",
        "لا تُطبع سجلات الإنقاذ ما دام هذا الشخص محتجزاً.",
        _LABELS["held_rescues_note"][2], _LABELS["held_rescues_note"][3]),
}


# Other words a paper prints of one person, said of a man (M) and of one whose sex is not
# recorded (U), as _HELD_OF: a boy's rescue record said "does not say whether she was freed".
_OF_SEX: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("rescue_status_unsaid", "M"): (
        "This record does not say whether he was freed; his status was not changed by it",
        "لا يذكر هذا السجل هل حُرِّر؛ ولم تتغير حالته به",
        _LABELS["rescue_status_unsaid"][2],
        "Ev qeyd nabêje ka ew hat azadkirin; rewşa wî pê nehat guhertin"),
    ("rescue_status_unsaid", "U"): (
        "This record does not say whether this person was freed; their status was not "
        "changed by it",
        "لا يذكر هذا السجل هل حُرِّر هذا الشخص؛ ولم تتغير حالته به",
        _LABELS["rescue_status_unsaid"][2],
        "Ev qeyd nabêje ka ev kes hat azadkirin; rewşa wî/wê pê nehat guhertin"),
    ("whole_list_note", "M"): (
        "said of the whole list, not in his row",
        "قيلت عن القائمة كلها، لا في سطره",
        _LABELS["whole_list_note"][2],
        "ji bo tevahiya lîsteyê hat gotin, ne di rêza wî de"),
    ("whole_list_note", "U"): (
        "said of the whole list, not in this person's row",
        "قيلت عن القائمة كلها، لا في سطر هذا الشخص",
        _LABELS["whole_list_note"][2],
        "ji bo tevahiya lîsteyê hat gotin, ne di rêza vî kesî de"),
    ("known_as", "M"): ("known as {name}", "المعروف بـ {name}", _LABELS["known_as"][2],
                        _LABELS["known_as"][3]),
    ("known_as", "U"): ("known as {name}", "المعروف/ة بـ {name}", _LABELS["known_as"][2],
                        _LABELS["known_as"][3]),
}


def held_label(key: str, lang: str, sex: str) -> str:
    """A sentence a court's paper prints of a person still held, worded by her sex (F, M; U
    or anything else: not recorded, worded of anyone)."""
    if sex == "F":
        return label(key, lang)
    return _HELD_OF[(key, "M" if sex == "M" else "U")][LANGUAGES.index(lang)]


def sex_label(key: str, lang: str, sex: str) -> str:
    """Words a paper prints of one person, worded by her sex as held_label words its own (F,
    M; U or anything else: not recorded, worded of anyone)."""
    if sex == "F":
        return label(key, lang)
    return _OF_SEX[(key, "M" if sex == "M" else "U")][LANGUAGES.index(lang)]


def label(key: str, lang: str) -> str:
    """The label for key in lang (en, ar, ckb or kmr)."""
    return _LABELS[key][LANGUAGES.index(lang)]


def status_label(status: str, lang: str, sex: str = "F") -> str:
    """A person's status in lang: in the feminine for a woman (sex 'F', the default), the
    masculine for a man ('M'); of one whose sex is not recorded ('U'), of either; of persons
    of both sexes (BOTH_SEXES), in both forms."""
    key = f"status_{status}"
    if sex == BOTH_SEXES and (theirs := _OF_BOTH.get(key, {}).get(lang)):
        return theirs
    if sex == "U" and (either := _OF_UNRECORDED.get(key, {}).get(lang)):
        return either
    if sex not in ("M", "U", BOTH_SEXES) and (hers := _OF_A_WOMAN.get(key, {}).get(lang)):
        return hers
    return label(key, lang)


def sex_of_all(sexes) -> str:
    """The sex a status said of all these persons at once takes: 'M' where all are men, 'F'
    where all are women, 'U' where the sex of all is not recorded, BOTH_SEXES where they are
    of more than one of these (both forms, which speak of anyone); BOTH_SEXES of no one."""
    said = {s if s in ("M", "F") else "U" for s in sexes}
    return said.pop() if len(said) == 1 else BOTH_SEXES



def credibility_label(value: int, lang: str) -> str:
    """A report's credibility in words in lang (1 confirmed by other sources .. 6 truth
    cannot be judged)."""
    return label(f"credibility_{value}", lang)


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES


def check_language(lang: str) -> str:
    from app.domain.errors import ValidationError

    if lang not in LANGUAGES:
        raise ValidationError(f"unknown document language {lang!r}: use one of "
                              + ", ".join(LANGUAGES))
    return lang
