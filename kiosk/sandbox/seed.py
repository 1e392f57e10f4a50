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
                     es="Registro civil")),
    Category(id="carta-identita", site_id="comune-pavia",
             name=tr("Carta d'identità", "Identity card", fr="Carte d'identité",
                     de="Personalausweis", es="Documento de identidad")),
    Category(id="certificati", site_id="comune-pavia",
             name=tr("Certificati", "Certificates", fr="Certificats", de="Bescheinigungen",
                     es="Certificados")),
    Category(id="tributi", site_id="comune-pavia",
             name=tr("Tributi", "Local taxes", fr="Impôts locaux", de="Gemeindesteuern",
                     es="Tributos")),
    Category(id="servizi-sociali", site_id="comune-pavia",
             name=tr("Servizi sociali", "Social services", fr="Services sociaux",
                     de="Sozialdienste", es="Servicios sociales")),
    Category(id="cup-visite", site_id="asst-pavia",
             name=tr("Visite specialistiche", "Specialist visits", fr="Consultations",
                     de="Facharztbesuche", es="Visitas especializadas")),
    Category(id="cup-esami", site_id="asst-pavia",
             name=tr("Esami diagnostici", "Diagnostic tests", fr="Examens",
                     de="Untersuchungen", es="Pruebas diagnósticas")),
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
          de="Ausweisdokument", es="Documento de identidad")
_HEALTH_CARD = tr("Tessera sanitaria", "Health card", fr="Carte vitale",
                  de="Gesundheitskarte", es="Tarjeta sanitaria")
_PRESCRIPTION = tr("Ricetta del medico (codice NRE)", "Doctor's prescription (NRE code)")
_EXEMPTION = tr("Eventuale esenzione dal ticket", "Ticket exemption, if any")
_CUP_BRING = [_HEALTH_CARD, _PRESCRIPTION, _EXEMPTION]

SERVICES = [
    Service(id="cie", site_id="comune-pavia", category="carta-identita",
            name=tr("Carta d'identità elettronica", "Electronic identity card",
                    fr="Carte d'identité électronique", de="Elektronischer Personalausweis",
                    es="Documento de identidad electrónico"),
            fee_cents=2221,
            what_to_bring=[tr("Una fototessera recente", "A recent passport photo"),
                           tr("Il documento scaduto o in scadenza",
                              "Your expired or expiring card"),
                           _HEALTH_CARD],
            office_ids=ANAGRAFE_OFFICES, duration_min=20),
    Service(id="cie-duplicato", site_id="comune-pavia", category="carta-identita",
            name=tr("Duplicato carta d'identità (furto o smarrimento)",
                    "Replacement identity card (theft or loss)"),
            fee_cents=2737,
            what_to_bring=[tr("Una fototessera recente", "A recent passport photo"),
                           tr("La denuncia di furto o smarrimento",
                              "The police report of theft or loss"),
                           _HEALTH_CARD],
            office_ids=ANAGRAFE_OFFICES, duration_min=20),
    Service(id="cert-residenza", site_id="comune-pavia", category="certificati",
            name=tr("Certificato di residenza", "Certificate of residence",
                    fr="Certificat de résidence", de="Meldebescheinigung",
                    es="Certificado de residencia"),
            fee_cents=1652, what_to_bring=[_DOC], office_ids=ANAGRAFE_OFFICES,
            duration_min=10),
    Service(id="cert-stato-famiglia", site_id="comune-pavia", category="certificati",
            name=tr("Certificato di stato di famiglia", "Family status certificate"),
            fee_cents=1652, what_to_bring=[_DOC], office_ids=ANAGRAFE_OFFICES,
            duration_min=10),
    Service(id="cambio-residenza", site_id="comune-pavia", category="anagrafe",
            name=tr("Cambio di residenza", "Change of residence",
                    fr="Changement de résidence", de="Wohnsitzänderung",
                    es="Cambio de residencia"),
            fee_cents=0,
            what_to_bring=[_DOC, tr("Il modulo di dichiarazione di residenza compilato",
                                    "The filled-in residence declaration form")],
            office_ids=["anagrafe-mezzabarba"], duration_min=30),
    Service(id="tari-info", site_id="comune-pavia", category="tributi",
            name=tr("TARI - informazioni e variazioni", "TARI waste tax - information"),
            fee_cents=0,
            what_to_bring=[_DOC, tr("L'ultimo avviso TARI ricevuto", "Your last TARI notice")],
            office_ids=["tributi-mezzabarba"], duration_min=20),
    Service(id="imu-info", site_id="comune-pavia", category="tributi",
            name=tr("IMU - consulenza", "IMU property tax - advice"), fee_cents=0,
            what_to_bring=[_DOC], office_ids=["tributi-mezzabarba"], duration_min=20),
    Service(id="assistente-sociale", site_id="comune-pavia", category="servizi-sociali",
            name=tr("Colloquio con l'assistente sociale", "Meeting with a social worker"),
            fee_cents=0, what_to_bring=[_DOC], office_ids=["sociali-mezzabarba"],
            duration_min=45),
    Service(id="visita-cardiologica", site_id="asst-pavia", category="cup-visite",
            name=tr("Visita cardiologica", "Cardiology visit", fr="Consultation de cardiologie",
                    de="Kardiologische Untersuchung", es="Consulta de cardiología"),
            fee_cents=2300, what_to_bring=_CUP_BRING, office_ids=["cup-voghera", "cup-vigevano"],
            duration_min=30, kind="visit", requires_prescription=True),
    Service(id="visita-oculistica", site_id="asst-pavia", category="cup-visite",
            name=tr("Visita oculistica", "Eye examination"), fee_cents=2300,
            what_to_bring=_CUP_BRING, office_ids=["cup-voghera", "cup-vigevano"],
            duration_min=30, kind="visit", requires_prescription=True),
    Service(id="visita-dermatologica", site_id="asst-pavia", category="cup-visite",
            name=tr("Visita dermatologica", "Dermatology visit"), fee_cents=2300,
            what_to_bring=_CUP_BRING, office_ids=["cup-vigevano"], duration_min=20,
            kind="visit", requires_prescription=True),
    Service(id="ecg", site_id="asst-pavia", category="cup-esami",
            name=tr("Elettrocardiogramma", "Electrocardiogram (ECG)"), fee_cents=1155,
            what_to_bring=_CUP_BRING, office_ids=["cup-voghera", "cup-vigevano"],
            duration_min=15, kind="diagnostic", requires_prescription=True),
    Service(id="ecografia-addome", site_id="asst-pavia", category="cup-esami",
            name=tr("Ecografia dell'addome completo", "Full abdominal ultrasound"),
            fee_cents=3615, what_to_bring=[*_CUP_BRING, tr("Presentarsi a digiuno da 6 ore",
                                                           "Fast for 6 hours before")],
            office_ids=["cup-voghera"], duration_min=30, kind="diagnostic",
            requires_prescription=True),
    Service(id="rx-torace", site_id="asst-pavia", category="cup-esami",
            name=tr("Radiografia del torace", "Chest X-ray"), fee_cents=1580,
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
