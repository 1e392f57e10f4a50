"""Sample data of the sandbox: catalogue of Comune di Pavia and ASST Pavia, notices, NREs.

Everything here is SAMPLE data for tests and practice classes. Real facts used: the creditor
fiscal code of Comune di Pavia (``00296180185``), the Anagrafe offices and the CIE/certificate
fees from DOMAIN.md. Invented (and marked so): the ASST Pavia creditor fiscal code
``09999990188`` (valid check digit, not the real one), the PSP, phone numbers, floors/rooms,
opening hours and health ticket amounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from kiosk.services.models import (
    LANGUAGES,
    Catalogue,
    Category,
    Office,
    OpeningHours,
    Service,
    Site,
    Translated,
)

COMUNE_CF = "00296180185"
ASST_CF = "09999990188"  # SAMPLE: plausible 11-digit code with a valid check digit
PSP_NAME = "Sandbox PSP S.p.A. (esempio)"
PSP_FISCAL_CODE = "08888880187"  # SAMPLE

SAMPLE_CF = "RSSMRA85T10G388I"
"""Patient of the sample prescriptions (valid codice fiscale, G388 = Pavia)."""
OTHER_CF = "VRDGPP80A01G388O"
"""Another valid codice fiscale, owner of the 'other patient' prescription."""


def tr(it: str, en: str, **others: str) -> Translated:
    """Build a translated text; languages not given fall back to English."""
    values = {lang: others.get(lang, en) for lang in LANGUAGES}
    values["it"] = it
    values["en"] = en
    return Translated(**values)


def _hours(*spec: tuple[int, str, str]) -> list[OpeningHours]:
    return [
        OpeningHours(weekday=wd, opens=time.fromisoformat(o), closes=time.fromisoformat(c))
        for wd, o, c in spec
    ]


_MORNINGS = [(wd, "08:30", "12:30") for wd in range(1, 6)]
_ANAGRAFE_HOURS = _hours(*_MORNINGS, (2, "14:00", "16:30"), (4, "14:00", "16:30"))
_DECENTRATO_HOURS = _hours((1, "09:00", "12:00"), (3, "09:00", "12:00"), (5, "09:00", "12:00"))
_CUP_HOURS = _hours(*[(wd, "08:00", "13:00") for wd in range(1, 6)],
                    *[(wd, "14:00", "16:00") for wd in range(1, 5)])

SITES = [
    Site(id="comune-pavia", name="Comune di Pavia", creditor_cf=COMUNE_CF,
         phone="0382 399 000 (esempio)"),
    Site(id="asst-pavia", name="ASST Pavia", creditor_cf=ASST_CF,
         phone="0382 431 000 (esempio)"),
]

CATEGORIES = [
    Category(id="anagrafe", site_id="comune-pavia",
             name=tr("Anagrafe", "Registry office", fr="État civil", de="Meldeamt",
                     es="Registro civil", ro="Evidența populației", uk="Реєстр населення",
                     ar="السجل المدني", zh="户籍登记处")),
    Category(id="carta-identita", site_id="comune-pavia",
             name=tr("Carta d'identità", "Identity card", fr="Carte d'identité",
                     de="Personalausweis", es="Documento de identidad",
                     ro="Carte de identitate", uk="Посвідчення особи", ar="بطاقة الهوية",
                     zh="身份证")),
    Category(id="certificati", site_id="comune-pavia",
             name=tr("Certificati", "Certificates", fr="Certificats", de="Bescheinigungen",
                     es="Certificados", ro="Certificate", uk="Довідки", ar="الشهادات",
                     zh="证明文件")),
    Category(id="tributi", site_id="comune-pavia",
             name=tr("Tributi", "Local taxes", fr="Impôts locaux", de="Gemeindesteuern",
                     es="Tributos", ro="Taxe locale", uk="Місцеві податки",
                     ar="الضرائب المحلية", zh="地方税费")),
    Category(id="servizi-sociali", site_id="comune-pavia",
             name=tr("Servizi sociali", "Social services", fr="Services sociaux",
                     de="Sozialdienste", es="Servicios sociales", ro="Servicii sociale",
                     uk="Соціальні служби", ar="الخدمات الاجتماعية", zh="社会服务")),
    Category(id="cup-visite", site_id="asst-pavia",
             name=tr("Visite specialistiche", "Specialist visits",
                     fr="Consultations spécialisées", de="Fachärztliche Untersuchungen",
                     es="Consultas especializadas", ro="Consultații de specialitate",
                     uk="Прийом лікарів-спеціалістів", ar="استشارات الأطباء المختصين",
                     zh="专科门诊")),
    Category(id="cup-esami", site_id="asst-pavia",
             name=tr("Esami diagnostici", "Diagnostic tests", fr="Examens diagnostiques",
                     de="Diagnostische Untersuchungen", es="Pruebas diagnósticas",
                     ro="Investigații medicale", uk="Діагностичні обстеження",
                     ar="الفحوصات التشخيصية", zh="诊断检查")),
]

ANAGRAFE_OFFICES = [
    "anagrafe-mezzabarba", "anagrafe-acerbi", "anagrafe-pollaioli", "anagrafe-torino",
    "anagrafe-cervi",
]

OFFICES = [
    Office(id="anagrafe-mezzabarba", site_id="comune-pavia",
           name="Anagrafe - Palazzo Mezzabarba", address="Piazza Municipio 2, 27100 Pavia",
           floor="Piano terra", room="Sportelli 1-6", opening_hours=_ANAGRAFE_HOURS),
    Office(id="anagrafe-acerbi", site_id="comune-pavia", name="Anagrafe decentrata Acerbi",
           address="Via Acerbi 27, 27100 Pavia", floor="Piano terra", room="Sportello 1",
           opening_hours=_DECENTRATO_HOURS),
    Office(id="anagrafe-pollaioli", site_id="comune-pavia",
           name="Anagrafe decentrata Pollaioli", address="Via Pollaioli 30/A, 27100 Pavia",
           floor="Piano terra", room="Sportello 1", opening_hours=_DECENTRATO_HOURS),
    Office(id="anagrafe-torino", site_id="comune-pavia", name="Anagrafe decentrata Torino",
           address="Piazzale Torino 40, 27100 Pavia", floor="Piano terra", room="Sportello 1",
           opening_hours=_DECENTRATO_HOURS),
    Office(id="anagrafe-cervi", site_id="comune-pavia", name="Anagrafe decentrata Cervi",
           address="Via F.lli Cervi 23, 27100 Pavia", floor="Piano terra", room="Sportello 1",
           opening_hours=_DECENTRATO_HOURS),
    Office(id="tributi-mezzabarba", site_id="comune-pavia", name="Ufficio Tributi",
           address="Piazza Municipio 2, 27100 Pavia", floor="Primo piano", room="Stanza 12",
           opening_hours=_hours(*_MORNINGS)),
    Office(id="sociali-mezzabarba", site_id="comune-pavia", name="Servizi Sociali",
           address="Piazza Municipio 2, 27100 Pavia", floor="Secondo piano",
           room="Stanza 21", opening_hours=_hours((1, "09:00", "12:00"), (4, "09:00", "12:00"))),
    Office(id="cup-voghera", site_id="asst-pavia", name="Ospedale di Voghera - Poliambulatorio",
           address="Via Volturno 14, 27058 Voghera (PV)", floor="Piano terra",
           room="Ambulatori A", opening_hours=_CUP_HOURS),
    Office(id="cup-vigevano", site_id="asst-pavia",
           name="Ospedale di Vigevano - Poliambulatorio",
           address="Corso Milano 19, 27029 Vigevano (PV)", floor="Primo piano",
           room="Ambulatori B", opening_hours=_CUP_HOURS),
]

_DOC = tr("Documento d'identità", "Identity document", fr="Pièce d'identité",
          de="Ausweisdokument", es="Documento de identidad", ro="Act de identitate",
          uk="Документ, що посвідчує особу", ar="وثيقة إثبات الهوية", zh="身份证件")
_HEALTH_CARD = tr("Tessera sanitaria", "Health card", fr="Carte sanitaire",
                  de="Gesundheitskarte", es="Tarjeta sanitaria", ro="Card de sănătate",
                  uk="Картка медичного страхування", ar="البطاقة الصحية", zh="医疗卡")
_PHOTO = tr("Una fototessera recente", "A recent passport photo",
            fr="Une photo d'identité récente", de="Ein aktuelles Passfoto",
            es="Una foto de carné reciente", ro="O fotografie recentă tip buletin",
            uk="Недавнє фото на документи", ar="صورة شخصية حديثة", zh="一张近期证件照")
_PRESCRIPTION = tr("Ricetta del medico (codice NRE)", "Doctor's prescription (NRE code)",
                   fr="Ordonnance du médecin (code NRE)",
                   de="Ärztliche Verordnung (NRE-Code)", es="Receta médica (código NRE)",
                   ro="Rețeta medicului (cod NRE)", uk="Направлення від лікаря (код NRE)",
                   ar="وصفة الطبيب (رمز NRE)", zh="医生处方（NRE编号）")
_EXEMPTION = tr("Eventuale esenzione dal ticket", "Ticket exemption, if any",
                fr="Exonération du ticket, si vous en avez une",
                de="Befreiung von der Zuzahlung, falls vorhanden",
                es="Exención del ticket, si la tiene",
                ro="Scutirea de ticket, dacă o aveți",
                uk="Звільнення від оплати тікета, якщо є",
                ar="الإعفاء من رسوم التيكت، إن وُجد", zh="挂号费减免证明（如有）")
_CUP_BRING = [_HEALTH_CARD, _PRESCRIPTION, _EXEMPTION]

SERVICES = [
    Service(id="cie", site_id="comune-pavia", category="carta-identita",
            name=tr("Carta d'identità elettronica", "Electronic identity card",
                    fr="Carte d'identité électronique", de="Elektronischer Personalausweis",
                    es="Documento de identidad electrónico",
                    ro="Carte de identitate electronică", uk="Електронне посвідчення особи",
                    ar="بطاقة الهوية الإلكترونية", zh="电子身份证"),
            fee_cents=2221,
            what_to_bring=[_PHOTO,
                           tr("Il documento scaduto o in scadenza",
                              "Your expired or expiring card",
                              fr="Votre carte expirée ou qui va expirer",
                              de="Ihr abgelaufener oder bald ablaufender Ausweis",
                              es="Su documento caducado o a punto de caducar",
                              ro="Actul dumneavoastră expirat sau care urmează să expire",
                              uk="Ваше посвідчення, строк дії якого минув або минає",
                              ar="البطاقة المنتهية أو التي تقترب صلاحيتها من الانتهاء",
                              zh="已过期或即将过期的身份证"),
                           _HEALTH_CARD],
            office_ids=ANAGRAFE_OFFICES, duration_min=20),
    Service(id="cie-duplicato", site_id="comune-pavia", category="carta-identita",
            name=tr("Duplicato carta d'identità (furto o smarrimento)",
                    "Replacement identity card (theft or loss)",
                    fr="Duplicata de la carte d'identité (vol ou perte)",
                    de="Ersatz-Personalausweis (Diebstahl oder Verlust)",
                    es="Duplicado del documento de identidad (robo o pérdida)",
                    ro="Duplicat carte de identitate (furt sau pierdere)",
                    uk="Дублікат посвідчення особи (крадіжка або втрата)",
                    ar="بطاقة هوية بديلة (سرقة أو ضياع)", zh="补办身份证（被盗或遗失）"),
            fee_cents=2737,
            what_to_bring=[_PHOTO,
                           tr("La denuncia di furto o smarrimento",
                              "The police report of theft or loss",
                              fr="La déclaration de vol ou de perte faite à la police",
                              de="Die polizeiliche Anzeige über Diebstahl oder Verlust",
                              es="La denuncia de robo o pérdida",
                              ro="Plângerea la poliție pentru furt sau pierdere",
                              uk="Заява до поліції про крадіжку або втрату",
                              ar="محضر الشرطة عن السرقة أو الضياع",
                              zh="被盗或遗失的报案证明"),
                           _HEALTH_CARD],
            office_ids=ANAGRAFE_OFFICES, duration_min=20),
    Service(id="cert-residenza", site_id="comune-pavia", category="certificati",
            name=tr("Certificato di residenza", "Certificate of residence",
                    fr="Certificat de résidence", de="Meldebescheinigung",
                    es="Certificado de residencia", ro="Certificat de rezidență",
                    uk="Довідка про місце проживання", ar="شهادة الإقامة", zh="居住证明"),
            fee_cents=1652, what_to_bring=[_DOC], office_ids=ANAGRAFE_OFFICES,
            duration_min=10),
    Service(id="cert-stato-famiglia", site_id="comune-pavia", category="certificati",
            name=tr("Certificato di stato di famiglia", "Family status certificate",
                    fr="Certificat de composition de famille",
                    de="Bescheinigung über den Familienstand",
                    es="Certificado de composición familiar",
                    ro="Certificat de componență a familiei", uk="Довідка про склад сім'ї",
                    ar="شهادة الوضع العائلي", zh="家庭状况证明"),
            fee_cents=1652, what_to_bring=[_DOC], office_ids=ANAGRAFE_OFFICES,
            duration_min=10),
    Service(id="cambio-residenza", site_id="comune-pavia", category="anagrafe",
            name=tr("Cambio di residenza", "Change of residence",
                    fr="Changement de résidence", de="Wohnsitzänderung",
                    es="Cambio de residencia", ro="Schimbarea reședinței",
                    uk="Зміна місця проживання", ar="تغيير محل الإقامة", zh="变更居住地址"),
            fee_cents=0,
            what_to_bring=[_DOC, tr("Il modulo di dichiarazione di residenza compilato",
                                    "The filled-in residence declaration form",
                                    fr="Le formulaire de déclaration de résidence rempli",
                                    de="Das ausgefüllte Formular zur Wohnsitzanmeldung",
                                    es="El formulario de declaración de residencia relleno",
                                    ro="Formularul de declarare a reședinței, completat",
                                    uk="Заповнений бланк заяви про місце проживання",
                                    ar="استمارة التصريح بالإقامة معبّأة",
                                    zh="填写好的居住申报表")],
            office_ids=["anagrafe-mezzabarba"], duration_min=30),
    Service(id="tari-info", site_id="comune-pavia", category="tributi",
            name=tr("TARI - informazioni e variazioni", "TARI waste tax - information",
                    fr="TARI, taxe sur les déchets – informations",
                    de="TARI-Müllgebühr – Auskunft",
                    es="TARI, tasa de basuras – información",
                    ro="TARI, taxa pe deșeuri – informații",
                    uk="TARI, плата за вивезення сміття – інформація",
                    ar="TARI، رسوم النفايات – معلومات", zh="TARI垃圾费 – 咨询"),
            fee_cents=0,
            what_to_bring=[_DOC, tr("L'ultimo avviso TARI ricevuto", "Your last TARI notice",
                                    fr="Votre dernier avis de paiement TARI",
                                    de="Ihr letzter TARI-Bescheid",
                                    es="Su último aviso de pago de la TARI",
                                    ro="Ultimul aviz TARI primit",
                                    uk="Ваше останнє повідомлення про сплату TARI",
                                    ar="آخر إشعار TARI وصلكم", zh="最近收到的TARI缴费通知")],
            office_ids=["tributi-mezzabarba"], duration_min=20),
    Service(id="imu-info", site_id="comune-pavia", category="tributi",
            name=tr("IMU - consulenza", "IMU property tax - advice",
                    fr="IMU, taxe foncière – conseils", de="IMU-Grundsteuer – Beratung",
                    es="IMU, impuesto sobre inmuebles – asesoramiento",
                    ro="IMU, impozit pe proprietate – consultanță",
                    uk="IMU, податок на нерухомість – консультація",
                    ar="IMU، ضريبة العقارات – استشارة", zh="IMU房产税 – 咨询"),
            fee_cents=0,
            what_to_bring=[_DOC], office_ids=["tributi-mezzabarba"], duration_min=20),
    Service(id="assistente-sociale", site_id="comune-pavia", category="servizi-sociali",
            name=tr("Colloquio con l'assistente sociale", "Meeting with a social worker",
                    fr="Entretien avec un assistant social",
                    de="Gespräch mit dem Sozialdienst",
                    es="Entrevista con un trabajador social",
                    ro="Întâlnire cu asistentul social",
                    uk="Зустріч із соціальним працівником",
                    ar="مقابلة مع الأخصائي الاجتماعي", zh="与社工面谈"),
            fee_cents=0, what_to_bring=[_DOC], office_ids=["sociali-mezzabarba"],
            duration_min=45),
    Service(id="visita-cardiologica", site_id="asst-pavia", category="cup-visite",
            name=tr("Visita cardiologica", "Cardiology visit", fr="Consultation de cardiologie",
                    de="Kardiologische Untersuchung", es="Consulta de cardiología",
                    ro="Consultație cardiologică", uk="Консультація кардіолога",
                    ar="استشارة طبيب القلب", zh="心内科门诊"),
            fee_cents=2300, what_to_bring=_CUP_BRING, office_ids=["cup-voghera", "cup-vigevano"],
            duration_min=30, kind="visit", requires_prescription=True),
    Service(id="visita-oculistica", site_id="asst-pavia", category="cup-visite",
            name=tr("Visita oculistica", "Eye examination",
                    fr="Consultation d'ophtalmologie", de="Augenärztliche Untersuchung",
                    es="Consulta de oftalmología", ro="Consultație oftalmologică",
                    uk="Консультація офтальмолога", ar="استشارة طبيب العيون",
                    zh="眼科门诊"),
            fee_cents=2300,
            what_to_bring=_CUP_BRING, office_ids=["cup-voghera", "cup-vigevano"],
            duration_min=30, kind="visit", requires_prescription=True),
    Service(id="visita-dermatologica", site_id="asst-pavia", category="cup-visite",
            name=tr("Visita dermatologica", "Dermatology visit",
                    fr="Consultation de dermatologie", de="Hautärztliche Untersuchung",
                    es="Consulta de dermatología", ro="Consultație dermatologică",
                    uk="Консультація дерматолога", ar="استشارة طبيب الأمراض الجلدية",
                    zh="皮肤科门诊"),
            fee_cents=2300,
            what_to_bring=_CUP_BRING, office_ids=["cup-vigevano"], duration_min=20,
            kind="visit", requires_prescription=True),
    Service(id="ecg", site_id="asst-pavia", category="cup-esami",
            name=tr("Elettrocardiogramma", "Electrocardiogram (ECG)",
                    fr="Électrocardiogramme (ECG)", de="Elektrokardiogramm (EKG)",
                    es="Electrocardiograma (ECG)", ro="Electrocardiogramă (EKG)",
                    uk="Електрокардіограма (ЕКГ)", ar="تخطيط القلب الكهربائي (ECG)",
                    zh="心电图"),
            fee_cents=1155,
            what_to_bring=_CUP_BRING, office_ids=["cup-voghera", "cup-vigevano"],
            duration_min=15, kind="diagnostic", requires_prescription=True),
    Service(id="ecografia-addome", site_id="asst-pavia", category="cup-esami",
            name=tr("Ecografia dell'addome completo", "Full abdominal ultrasound",
                    fr="Échographie abdominale complète",
                    de="Ultraschall des gesamten Bauchraums",
                    es="Ecografía abdominal completa", ro="Ecografie abdominală completă",
                    uk="УЗД усієї черевної порожнини",
                    ar="تصوير البطن كاملًا بالموجات فوق الصوتية", zh="全腹部B超"),
            fee_cents=3615,
            what_to_bring=[*_CUP_BRING,
                           tr("Presentarsi a digiuno da 6 ore", "Fast for 6 hours before",
                              fr="Venez à jeun (6 heures sans manger)",
                              de="Bitte 6 Stunden vorher nichts essen",
                              es="Venga en ayunas (6 horas sin comer)",
                              ro="Nu mâncați nimic cu 6 ore înainte",
                              uk="Не їжте протягом 6 годин до обстеження",
                              ar="الصيام 6 ساعات قبل الفحص", zh="检查前空腹6小时")],
            office_ids=["cup-voghera"], duration_min=30, kind="diagnostic",
            requires_prescription=True),
    Service(id="rx-torace", site_id="asst-pavia", category="cup-esami",
            name=tr("Radiografia del torace", "Chest X-ray", fr="Radiographie du thorax",
                    de="Röntgenaufnahme des Brustkorbs", es="Radiografía de tórax",
                    ro="Radiografie toracică", uk="Рентген грудної клітки",
                    ar="صورة أشعة للصدر", zh="胸部X光"),
            fee_cents=1580,
            what_to_bring=_CUP_BRING, office_ids=["cup-vigevano"], duration_min=15,
            kind="diagnostic", requires_prescription=True),
]

CATALOGUE = Catalogue(sites=SITES, categories=CATEGORIES, offices=OFFICES, services=SERVICES)
SERVICES_BY_ID = {s.id: s for s in SERVICES}
OFFICES_BY_ID = {o.id: o for o in OFFICES}
SITES_BY_ID = {s.id: s for s in SITES}
CREDITOR_NAMES = {s.creditor_cf: s.name for s in SITES}


def notice_number(aux_and_code: str, base: int) -> str:
    """Build an 18-digit notice number with valid mod-93 check digits.

    Args:
        aux_and_code: Aux digit ``3`` plus the 2-digit segregation code, e.g. ``"301"``.
        base: IUV base (13 digits once zero-padded).
    """
    body = f"{aux_and_code}{base:013d}"
    return f"{body}{int(body) % 93:02d}"


@dataclass(frozen=True)
class SampleNotice:
    """A notice of the sample set; ``state`` decides what verify/activate answer."""

    notice_number: str
    creditor_cf: str
    amount_cents: int
    description: str
    due_in_days: int
    state: str


NOTICE_STATES = (
    "payable", "expired", "revoked", "paid", "in_progress", "wrong_data", "creditor_problems",
    "glitch", "unexpected",
)

SAMPLE_NOTICES = [
    SampleNotice("301000000000000144", COMUNE_CF, 2221, "Carta d'identità elettronica", 30,
                 "payable"),
    SampleNotice(notice_number("301", 2), COMUNE_CF, 1652, "Certificato di residenza", 30,
                 "payable"),
    SampleNotice(notice_number("301", 3), COMUNE_CF, 2737, "Duplicato carta d'identità", 30,
                 "payable"),
    SampleNotice(notice_number("301", 4), COMUNE_CF, 12000, "TARI 2026 - prima rata", -10,
                 "expired"),
    SampleNotice(notice_number("301", 5), COMUNE_CF, 4500, "Sanzione annullata", 20, "revoked"),
    SampleNotice(notice_number("301", 6), COMUNE_CF, 2221, "Carta d'identità elettronica", 30,
                 "paid"),
    SampleNotice(notice_number("301", 7), COMUNE_CF, 1652, "Certificato di stato di famiglia",
                 30, "in_progress"),
    SampleNotice(notice_number("301", 8), COMUNE_CF, 3000, "Mensa scolastica", 30,
                 "wrong_data"),
    SampleNotice(notice_number("301", 9), COMUNE_CF, 5000, "Trasporto scolastico", 30,
                 "creditor_problems"),
    SampleNotice(notice_number("301", 10), COMUNE_CF, 7000, "Canone occupazione suolo", 30,
                 "glitch"),
    SampleNotice(notice_number("301", 11), COMUNE_CF, 8000, "Diritti di segreteria", 30,
                 "unexpected"),
    SampleNotice(notice_number("302", 1), ASST_CF, 2300, "Ticket visita specialistica", 30,
                 "payable"),
]
"""One notice per state; the first three (Comune) and the last (ASST) are payable."""

UNKNOWN_NOTICE_NUMBER = notice_number("301", 99)
"""A well-formed notice number the sandbox does not know (verify → UNKNOWN_NOTICE)."""


@dataclass(frozen=True)
class SamplePrescription:
    """A sample NRE; ``age_hours`` is how long ago it was issued, relative to *now*.

    Ages are relative so a long-running practice sandbox keeps every case in its state.
    """

    nre: str
    service_id: str
    priority: str
    codice_fiscale: str
    age_hours: float
    booked: bool = False


SAMPLE_PRESCRIPTIONS = [
    SamplePrescription("030A00000000001", "visita-cardiologica", "D", SAMPLE_CF, 72),
    SamplePrescription("030A00000000002", "ecg", "U", SAMPLE_CF, 2),
    SamplePrescription("030A00000000003", "ecg", "U", SAMPLE_CF, 60),
    SamplePrescription("030A00000000004", "visita-oculistica", "P", SAMPLE_CF, 24 * 200),
    SamplePrescription("030A00000000005", "visita-dermatologica", "B", SAMPLE_CF, 48,
                       booked=True),
    SamplePrescription("030A00000000006", "visita-cardiologica", "D", OTHER_CF, 24),
    SamplePrescription("030A00000000007", "ecografia-addome", "B", SAMPLE_CF, 24),
    SamplePrescription("030A00000000008", "rx-torace", "P", SAMPLE_CF, 24 * 10),
    SamplePrescription("030A00000000009", "visita-oculistica", "D", SAMPLE_CF, 24 * 5),
]
"""NREs: 1 valid D, 2 valid U (fresh), 3 U older than 48 h, 4 expired (> 6 months),
5 already booked, 6 other patient, 7-9 valid B/P/D."""

UNKNOWN_NRE = "030A00000000099"
"""A well-formed NRE the sandbox does not know (→ PRESCRIPTION_NOT_FOUND)."""
