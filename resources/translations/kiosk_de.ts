<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="it">
    <context>
        <name>Assist</name>
        <message>
            <location filename="../../kiosk/flows/assist.py" line="96" />
            <source>Nessun errore in questa sessione.</source>
            <translation>Keine Fehler in dieser Sitzung.</translation>
        </message>
    </context>
    <context>
        <name>Assistance</name>
        <message>
            <location filename="../../ui/assistance.py" line="111" />
            <source>Errore imprevisto: %1</source>
            <translation>Unerwarteter Fehler: %1</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../../ui/screens/attract.py" line="13" />
            <source>Comune di Pavia</source>
            <translation>Stadt Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="14" />
            <source>ASST Pavia</source>
            <translation>ASST Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="15" />
            <source>Comune di Pavia e ASST Pavia</source>
            <translation>Stadt Pavia und ASST Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="75" />
            <location filename="../../ui/screens/attract.py" line="77" />
            <source>Tocchi lo schermo per iniziare</source>
            <translation>Berühren Sie den Bildschirm, um zu beginnen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="76" />
            <source>Prenotazioni e pagamenti pagoPA</source>
            <translation>Termine und pagoPA-Zahlungen</translation>
        </message>
    </context>
    <context>
        <name>BookScreen</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>◀ Indietro</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>Torna al passo precedente</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="346" />
            <location filename="../../kiosk/flows/booking_details.py" line="18" />
            <source>Può disdire o spostare la prenotazione a questa postazione (Le mie prenotazioni) o chiamando lo sportello.</source>
            <translation>Sie können den Termin an diesem Terminal (Meine Termine) oder telefonisch am Schalter absagen oder verschieben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="64" />
            <source>Il numero di cellulare può contenere solo cifre (da 6 a 15), con un + davanti se è straniero. Lo controlli o lasci il campo vuoto.</source>
            <translation>Die Handynummer darf nur Ziffern enthalten (6 bis 15), bei ausländischen Nummern mit einem + davor. Prüfen Sie sie oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="68" />
            <source>Non ci sono orari liberi per questo servizio nei prossimi due mesi. Scelga un altro ufficio o chiami lo sportello.</source>
            <translation>Für diesen Dienst gibt es in den nächsten zwei Monaten keine freien Zeiten. Wählen Sie ein anderes Büro oder rufen Sie den Schalter an.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="72" />
            <source>Questo orario è appena stato preso da un'altra persona. Ecco gli orari ancora liberi: ne scelga un altro.</source>
            <translation>Diese Uhrzeit wurde gerade von jemand anderem gebucht. Hier sind die noch freien Zeiten: Bitte wählen Sie eine andere.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking_ops.py" line="263" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>Der Vorgang konnte nicht abgeschlossen werden. Bitte versuchen Sie es gleich noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>BookingSummary</name>
        <message>
            <location filename="../../ui/book/pages.py" line="282" />
            <source>Servizio: %1</source>
            <translation>Dienst: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="284" />
            <source>Quando: %1, alle ore %2</source>
            <translation>Wann: %1, um %2 Uhr</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="286" />
            <source>Dove: %1, %2</source>
            <translation>Wo: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="290" />
            <source>Piano e stanza: %1</source>
            <translation>Stockwerk und Raum: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="293" />
            <source>Codice fiscale: %1</source>
            <translation>Steuernummer: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="296" />
            <source>Da pagare: %1</source>
            <translation>Zu zahlen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="299" />
            <source>Non si paga nulla.</source>
            <translation>Es ist nichts zu zahlen.</translation>
        </message>
    </context>
    <context>
        <name>BusyLabel</name>
        <message>
            <location filename="../../ui/book/parts.py" line="245" />
            <source>Un momento, prego: sto chiedendo al servizio…</source>
            <translation>Einen Moment bitte: Ich frage beim Dienst nach…</translation>
        </message>
    </context>
    <context>
        <name>ClosedScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="661" />
            <source>Postazione fuori servizio</source>
            <translation>Terminal außer Betrieb</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="663" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>Das Terminal ist vorübergehend außer Betrieb. Bitte wenden Sie sich an den Schalter.</translation>
        </message>
    </context>
    <context>
        <name>CodiceFiscale</name>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="86" />
            <source>Scriva il codice fiscale. Lo trova sulla tessera sanitaria.</source>
            <translation>Geben Sie die Steuernummer (Codice fiscale) ein. Sie steht auf der Gesundheitskarte.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="92" />
            <source>Il codice fiscale è troppo corto: deve avere 16 caratteri, lettere e numeri. Controlli di averli scritti tutti.</source>
            <translation>Die Steuernummer ist zu kurz: Sie muss 16 Zeichen haben, Buchstaben und Zahlen. Prüfen Sie, ob Sie alle eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="99" />
            <source>Il codice fiscale è troppo lungo: deve avere 16 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>Die Steuernummer ist zu lang: Sie muss 16 Zeichen haben. Prüfen Sie, ob Sie ein Zeichen zu viel eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="106" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ne mancano alcune.</source>
            <translation>Die Steuernummer einer Firma oder Behörde hat 11 Ziffern: Es fehlen einige.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="112" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ce ne sono troppe.</source>
            <translation>Die Steuernummer einer Firma oder Behörde hat 11 Ziffern: Es sind zu viele.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="118" />
            <source>Il codice fiscale contiene solo lettere e numeri, senza accenti né simboli. Controlli di non aver scritto un simbolo per sbaglio.</source>
            <translation>Die Steuernummer enthält nur Buchstaben und Zahlen, ohne Akzente oder Zeichen. Prüfen Sie, ob Sie versehentlich ein Zeichen eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="125" />
            <source>C'è una lettera al posto di un numero, o un numero al posto di una lettera. Confronti il codice con la tessera sanitaria, un carattere alla volta.</source>
            <translation>Ein Buchstabe steht an der Stelle einer Zahl oder eine Zahl an der Stelle eines Buchstabens. Vergleichen Sie den Code Zeichen für Zeichen mit der Gesundheitskarte.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="132" />
            <source>La data di nascita contenuta nel codice fiscale non esiste. Controlli i caratteri dal settimo all'undicesimo: due numeri, una lettera e altri due numeri.</source>
            <translation>Das Geburtsdatum in der Steuernummer gibt es nicht. Prüfen Sie das siebte bis elfte Zeichen: zwei Zahlen, ein Buchstabe und noch zwei Zahlen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="139" />
            <source>Il codice fiscale non è corretto: forse un carattere è sbagliato. Lo confronti con la tessera sanitaria, un carattere alla volta, compresa l'ultima lettera.</source>
            <translation>Die Steuernummer ist nicht richtig: Vielleicht ist ein Zeichen falsch. Vergleichen Sie sie Zeichen für Zeichen mit der Gesundheitskarte, auch den letzten Buchstaben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="146" />
            <source>Il codice fiscale numerico non è corretto: forse una cifra è sbagliata. Lo confronti con il documento, una cifra alla volta.</source>
            <translation>Die numerische Steuernummer ist nicht richtig: Vielleicht ist eine Ziffer falsch. Vergleichen Sie sie Ziffer für Ziffer mit dem Dokument.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="153" />
            <source>Continui a scrivere: il codice fiscale ha 16 caratteri.</source>
            <translation>Schreiben Sie weiter: Die Steuernummer hat 16 Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>CrashScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="85" />
            <source>Qualcosa non ha funzionato. Ricominciamo.</source>
            <translation>Etwas hat nicht funktioniert. Fangen wir neu an.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="87" />
            <source>Non ha sbagliato nulla. Tocchi il pulsante per tornare all'inizio.</source>
            <translation>Sie haben nichts falsch gemacht. Berühren Sie die Taste, um zum Anfang zurückzukehren.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="88" />
            <source>Ricomincia</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="89" />
            <source>Ricomincia dall'inizio</source>
            <translation>Von vorne beginnen</translation>
        </message>
    </context>
    <context>
        <name>CupBooking</name>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="63" />
            <source>Non troviamo una ricetta con questo numero. Controlli il numero NRE sul promemoria del medico, un carattere alla volta.</source>
            <translation>Wir finden kein Rezept mit dieser Nummer. Prüfen Sie die NRE-Nummer auf dem Ausdruck des Arztes Zeichen für Zeichen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="67" />
            <source>Questa ricetta è urgente (priorità U): in Lombardia va prenotata entro 48 ore da quando il medico l'ha fatta, e questo tempo è passato. Chiami lo sportello CUP o torni dal suo medico.</source>
            <translation>Dieses Rezept ist dringend (Priorität U): In der Lombardei muss es innerhalb von 48 Stunden nach der Ausstellung gebucht werden, und diese Zeit ist vorbei. Rufen Sie den CUP-Schalter an oder gehen Sie wieder zu Ihrem Arzt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="72" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>Dieses Rezept ist abgelaufen: Es gilt sechs Monate ab Ausstellung. Bitten Sie Ihren Arzt um ein neues Rezept.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="76" />
            <source>Questa ricetta è già stata usata per una prenotazione. Può vederla, spostarla o disdirla da «Le mie prenotazioni».</source>
            <translation>Dieses Rezept wurde schon für einen Termin verwendet. Sie können ihn unter „Meine Termine“ ansehen, verschieben oder absagen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="80" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli di aver scritto il codice fiscale della persona che deve fare la visita.</source>
            <translation>Dieses Rezept ist auf eine andere Person ausgestellt. Prüfen Sie, ob Sie die Steuernummer der Person eingegeben haben, die untersucht wird.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="84" />
            <source>Questa ricetta è per un'altra prestazione. Chiami lo sportello CUP.</source>
            <translation>Dieses Rezept ist für eine andere Leistung. Rufen Sie den CUP-Schalter an.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="87" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>Die Steuernummer ist nicht gültig. Bitte prüfen Sie sie.</translation>
        </message>
    </context>
    <context>
        <name>CupSlotPage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="182" />
            <source>urgente (U): entro 72 ore</source>
            <translation>dringend (U): innerhalb von 72 Stunden</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="183" />
            <source>breve (B): entro 10 giorni</source>
            <translation>kurzfristig (B): innerhalb von 10 Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="184" />
            <source>differibile (D): entro 60 giorni</source>
            <translation>aufschiebbar (D): innerhalb von 60 Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="185" />
            <source>differibile (D): entro 30 giorni</source>
            <translation>aufschiebbar (D): innerhalb von 30 Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="186" />
            <source>programmata (P): entro 120 giorni</source>
            <translation>geplant (P): innerhalb von 120 Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="192" />
            <source>Primi posti liberi</source>
            <translation>Erste freie Termine</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="195" />
            <location filename="../../ui/book/cup_pages.py" line="197" />
            <source>entro %1</source>
            <translation>bis %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="199" />
            <source>%1 – priorità %2 (%3)</source>
            <translation>%1 – Priorität %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="202" />
            <source>Secondo le regole della Lombardia, se rifiuta una data entro il tempo massimo di attesa perde il diritto a essere visitato entro quel tempo.</source>
            <translation>Nach den Regeln der Lombardei verlieren Sie den Anspruch auf einen Termin innerhalb der Höchstwartezeit, wenn Sie einen Termin innerhalb dieser Zeit ablehnen.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="209" />
            <source>Queste date sono oltre il tempo massimo della sua priorità. Se ne sceglie una rinuncia alla garanzia dei tempi di attesa.</source>
            <translation>Diese Termine liegen nach der Höchstwartezeit Ihrer Priorität. Wenn Sie einen davon wählen, verzichten Sie auf die Wartezeitgarantie.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="216" />
            <source>Entro il tempo massimo della sua priorità non ci sono posti liberi. Il primo posto libero è %1: può prenotarlo qui sotto, oppure chiamare lo sportello CUP al %2, che cercherà con lei una data entro i tempi.</source>
            <translation>Innerhalb der Höchstwartezeit Ihrer Priorität gibt es keine freien Termine. Der erste freie Termin ist %1: Sie können ihn unten buchen oder den CUP-Schalter unter %2 anrufen, der mit Ihnen einen Termin innerhalb der Frist sucht.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="223" />
            <source>Torna alle date entro il tempo massimo</source>
            <translation>Zurück zu den Terminen innerhalb der Höchstwartezeit</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="224" />
            <source>Vedere date più lontane</source>
            <translation>Spätere Termine ansehen</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../printing/daily_report.py" line="38" />
            <source>Pagamento avviso pagoPA</source>
            <translation>Zahlung eines pagoPA-Zahlscheins</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="39" />
            <source>Disdetta appuntamento</source>
            <translation>Terminabsage</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="40" />
            <source>Prenotazione appuntamento</source>
            <translation>Terminbuchung</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/book/done_page.py" line="149" />
            <source>Prenotazione confermata</source>
            <translation>Termin bestätigt</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="150" />
            <source>Il suo codice di prenotazione:</source>
            <translation>Ihr Buchungscode:</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="153" />
            <source>Codice di prenotazione %1</source>
            <translation>Buchungscode %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="162" />
            <source>Può disdire o spostare fino a %1.</source>
            <translation>Sie können bis %1 absagen oder verschieben.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="167" />
            <source>Per disdire o spostare questa prenotazione chiami lo sportello: %1.</source>
            <translation>Um diesen Termin abzusagen oder zu verschieben, rufen Sie den Schalter an: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="170" />
            <source>Cosa portare</source>
            <translation>Was Sie mitbringen sollten</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="175" />
            <source>Da pagare: %1</source>
            <translation>Zu zahlen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="178" />
            <source>Avviso pagoPA n. %1</source>
            <translation>pagoPA-Zahlschein Nr. %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="181" />
            <source>Può pagare prima dell'appuntamento a questa postazione (Paga), in farmacia, in banca o online con l'avviso pagoPA.</source>
            <translation>Sie können vor dem Termin an diesem Terminal (Zahlen), in der Apotheke, bei der Bank oder online mit dem pagoPA-Zahlschein zahlen.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="185" />
            <source>Non si paga nulla.</source>
            <translation>Es ist nichts zu zahlen.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora</source>
            <translation>Jetzt zahlen</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora con la carta</source>
            <translation>Jetzt mit Karte zahlen</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="189" />
            <source>Pago dopo</source>
            <translation>Ich zahle später</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="191" />
            <source>Stampa di nuovo</source>
            <translation>Noch einmal drucken</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="192" />
            <source>Stampa la ricevuta</source>
            <translation>Beleg drucken</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine, torna all'inizio</source>
            <translation>Fertig, zurück zum Anfang</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="196" />
            <source>Stampa della ricevuta in corso…</source>
            <translation>Der Beleg wird gedruckt…</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="197" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>Beleg gedruckt: Bitte nehmen Sie ihn aus dem Drucker.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="199" />
            <source>La ricevuta non è stata stampata. Tocchi «Stampa la ricevuta» per riprovare o si annoti il codice di prenotazione.</source>
            <translation>Der Beleg wurde nicht gedruckt. Berühren Sie „Beleg drucken“, um es erneut zu versuchen, oder notieren Sie sich den Buchungscode.</translation>
        </message>
    </context>
    <context>
        <name>ErrorScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="10" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>Der Vorgang konnte nicht abgeschlossen werden. Bitte versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="56" />
            <source>Operazione non riuscita</source>
            <translation>Vorgang nicht gelungen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="59" />
            <source>Riprova</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="60" />
            <source>Riprova l'operazione</source>
            <translation>Vorgang erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="61" />
            <location filename="../../ui/screens/error.py" line="62" />
            <source>Torna all'inizio</source>
            <translation>Zurück zum Anfang</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../ui/widgets/header.py" line="161" />
            <source>Inizio</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="162" />
            <source>Torna all'inizio</source>
            <translation>Zurück zum Anfang</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="163" />
            <source>Indietro</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="164" />
            <source>Torna alla pagina precedente</source>
            <translation>Zurück zur vorigen Seite</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="165" />
            <source>Lingua</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="166" />
            <source>Cambia lingua</source>
            <translation>Sprache ändern</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="169" />
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>normale</source>
            <translation>normal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>grande</source>
            <translation>groß</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>molto grande</source>
            <translation>sehr groß</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="172" />
            <source>Dimensione del testo: %1</source>
            <translation>Textgröße: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="174" />
            <source>Contrasto</source>
            <translation>Kontrast</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: attivo</source>
            <translation>Hoher Kontrast: an</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: spento</source>
            <translation>Hoher Kontrast: aus</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="178" />
            <source>Voce</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="180" />
            <source>Lettura ad alta voce: attiva</source>
            <translation>Vorlesen: an</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="181" />
            <source>Lettura ad alta voce: spenta</source>
            <translation>Vorlesen: aus</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="182" />
            <location filename="../../ui/widgets/header.py" line="183" />
            <source>Aiuto</source>
            <translation>Hilfe</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../../ui/screens/help.py" line="80" />
            <source>Aiuto</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="82" />
            <source>Ha bisogno di una mano? Si rivolga allo sportello qui vicino: il personale la aiuterà volentieri a usare la postazione.</source>
            <translation>Brauchen Sie Hilfe? Wenden Sie sich an den Schalter hier in der Nähe: Das Personal hilft Ihnen gern bei der Bedienung des Terminals.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="85" />
            <source>Per scegliere, tocchi una volta un pulsante. Non serve tenere premuto. Con «Indietro» torna alla pagina precedente, con «Inizio» alla prima pagina.</source>
            <translation>Zum Auswählen berühren Sie eine Taste einmal. Sie müssen sie nicht gedrückt halten. Mit „Zurück“ kommen Sie zur vorigen Seite, mit „Start“ zur ersten Seite.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="88" />
            <source>In alto trova: «Lingua» per cambiare lingua, «Testo» per ingrandire le scritte, «Contrasto» per colori più marcati e «Voce» per ascoltare le scritte.</source>
            <translation>Oben finden Sie: „Sprache“ zum Wechseln der Sprache, „Text“ für größere Schrift, „Kontrast“ für kräftigere Farben und „Stimme“ zum Vorlesen der Texte.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="91" />
            <source>Quando ha finito, o se non tocca lo schermo per un po', la postazione cancella i suoi dati e torna all'inizio.</source>
            <translation>Wenn Sie fertig sind oder den Bildschirm eine Weile nicht berühren, löscht das Terminal Ihre Daten und kehrt zum Anfang zurück.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="93" />
            <location filename="../../ui/screens/help.py" line="94" />
            <source>Torna all'inizio</source>
            <translation>Zurück zum Anfang</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusLabel</name>
        <message>
            <location filename="../../ui/help_request.py" line="172" />
            <source>Stiamo chiamando un tutor…</source>
            <translation>Wir rufen einen Tutor…</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="173" />
            <source>Un tutor sta arrivando. Resti pure qui.</source>
            <translation>Ein Tutor ist unterwegs. Bleiben Sie bitte hier.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="174" />
            <source>Il tutor ha visto la sua richiesta e sta arrivando.</source>
            <translation>Der Tutor hat Ihre Anfrage gesehen und kommt.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="176" />
            <source>Non siamo riusciti a chiamare un tutor. Si rivolga allo sportello.</source>
            <translation>Wir konnten keinen Tutor rufen. Bitte wenden Sie sich an den Schalter.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="180" />
            <source>Richiesta di aiuto</source>
            <translation>Hilfeanfrage</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../ui/screens/home.py" line="91" />
            <source>Buongiorno! Che cosa desidera fare?</source>
            <translation>Guten Tag! Was möchten Sie tun?</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Prenota</source>
            <translation>Buchen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Un appuntamento in Comune o una visita</source>
            <translation>Einen Termin im Rathaus oder eine Untersuchung</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Paga</source>
            <translation>Zahlen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Un avviso pagoPA o un ticket sanitario</source>
            <translation>Einen pagoPA-Zahlschein oder eine Gesundheitsgebühr</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Le mie prenotazioni</source>
            <translation>Meine Termine</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Vedere, stampare o disdire</source>
            <translation>Ansehen, drucken oder absagen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Aiuto</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Come usare la postazione</source>
            <translation>So bedienen Sie das Terminal</translation>
        </message>
    </context>
    <context>
        <name>IdentifyScreen</name>
        <message>
            <location filename="../../ui/screens/identify.py" line="192" />
            <source>Il suo codice fiscale</source>
            <translation>Ihre Steuernummer</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="194" />
            <source>Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore</source>
            <translation>Geben Sie Ihre Steuernummer ein oder halten Sie die Gesundheitskarte an das Lesegerät</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="195" />
            <source>Codice fiscale</source>
            <translation>Steuernummer</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="197" />
            <source>16 caratteri, lettere e numeri, come sulla tessera sanitaria</source>
            <translation>16 Zeichen, Buchstaben und Zahlen, wie auf der Gesundheitskarte</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="198" />
            <source>Continua</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="199" />
            <source>Continua con questo codice fiscale</source>
            <translation>Mit dieser Steuernummer weiter</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="200" />
            <source>Attenzione</source>
            <translation>Achtung</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="201" />
            <source>Corretto</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="245" />
            <location filename="../../ui/screens/identify.py" line="249" />
            <source>Attenzione: %1</source>
            <translation>Achtung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="254" />
            <source>Codice letto dalla tessera sanitaria. Controlli che sia il suo e tocchi «Continua».</source>
            <translation>Code von der Gesundheitskarte gelesen. Prüfen Sie, ob es Ihrer ist, und berühren Sie „Weiter“.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="257" />
            <source>Il codice fiscale è corretto. Tocchi «Continua».</source>
            <translation>Die Steuernummer ist richtig. Berühren Sie „Weiter“.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="261" />
            <source>Il codice fiscale ha 16 caratteri: lettere e numeri.</source>
            <translation>Die Steuernummer hat 16 Zeichen: Buchstaben und Zahlen.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="276" />
            <source>Manca ancora 1 carattere.</source>
            <translation>Es fehlt noch 1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="277" />
            <source>Mancano ancora %1 caratteri.</source>
            <translation>Es fehlen noch %1 Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>IdleDialog</name>
        <message>
            <location filename="../../ui/idle_dialog.py" line="163" />
            <location filename="../../ui/idle_dialog.py" line="182" />
            <source>Le serve altro tempo?</source>
            <translation>Brauchen Sie mehr Zeit?</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="166" />
            <source>Da un po' non tocca lo schermo. Per proteggere i suoi dati, allo scadere del tempo la postazione cancella quello che ha scritto e torna all'inizio.</source>
            <translation>Sie haben den Bildschirm eine Weile nicht berührt. Zum Schutz Ihrer Daten löscht das Terminal nach Ablauf der Zeit Ihre Eingaben und kehrt zum Anfang zurück.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="168" />
            <location filename="../../ui/idle_dialog.py" line="169" />
            <source>Sì, mi serve altro tempo</source>
            <translation>Ja, ich brauche mehr Zeit</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="172" />
            <source>Il tempo a disposizione è finito. Per proteggere i suoi dati la postazione cancella quello che ha scritto e torna all'inizio. Può ricominciare subito.</source>
            <translation>Die Zeit ist abgelaufen. Zum Schutz Ihrer Daten löscht das Terminal Ihre Eingaben und kehrt zum Anfang zurück. Sie können sofort neu beginnen.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondo rimasto</source>
            <translation>Sekunde übrig</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondi rimasti</source>
            <translation>Sekunden übrig</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="178" />
            <source>Manca 1 secondo</source>
            <translation>Noch 1 Sekunde</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="180" />
            <source>Mancano %1 secondi</source>
            <translation>Noch %1 Sekunden</translation>
        </message>
    </context>
    <context>
        <name>LanguageScreen</name>
        <message>
            <location filename="../../ui/screens/language.py" line="57" />
            <source>Scelga la lingua</source>
            <translation>Wählen Sie die Sprache</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="409" />
            <location filename="../../ui/main_window.py" line="421" />
            <source>SMACY – postazione self-service</source>
            <translation>SMACY – Selbstbedienungsterminal</translation>
        </message>
    </context>
    <context>
        <name>Maintenance</name>
        <message>
            <location filename="../../printing/maintenance.py" line="30" />
            <source>Pagina di prova</source>
            <translation>Testseite</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="31" />
            <source>Se legge queste righe, la stampante delle ricevute funziona.</source>
            <translation>Wenn Sie diese Zeilen lesen können, funktioniert der Belegdrucker.</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="33" />
            <source>Questa stampante non ha una coda da riavviare.</source>
            <translation>Dieser Drucker hat keine Warteschlange zum Neustarten.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Attenzione:</source>
            <translation>Achtung:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Nota:</source>
            <translation>Hinweis:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="227" />
            <source>Telefono dello sportello: %1</source>
            <translation>Telefon des Schalters: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova l'operazione</source>
            <translation>Vorgang erneut versuchen</translation>
        </message>
    </context>
    <context>
        <name>MyBookings</name>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="53" />
            <source>Il codice di prenotazione è come PV-AB3CD: lo trova sul foglio della prenotazione. Se non lo ha, lasci il campo vuoto.</source>
            <translation>Der Buchungscode sieht so aus: PV-AB3CD. Er steht auf dem Terminblatt. Wenn Sie ihn nicht haben, lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="57" />
            <source>Non ci sono prenotazioni future con questo codice fiscale.</source>
            <translation>Mit dieser Steuernummer gibt es keine künftigen Termine.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="59" />
            <source>Ormai è troppo tardi per disdire o spostare questa prenotazione qui. Chiami lo sportello al numero qui sotto.</source>
            <translation>Es ist jetzt zu spät, um diesen Termin hier abzusagen oder zu verschieben. Rufen Sie den Schalter unter der Nummer unten an.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="63" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>Dieser Termin wurde bereits abgesagt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="65" />
            <source>Non ci sono altri orari liberi per spostarla. Chiami lo sportello.</source>
            <translation>Es gibt keine anderen freien Zeiten zum Verschieben. Rufen Sie den Schalter an.</translation>
        </message>
    </context>
    <context>
        <name>MyBookingsScreen</name>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="340" />
            <source>Può disdire o spostare la prenotazione a questa postazione o chiamando lo sportello.</source>
            <translation>Sie können den Termin an diesem Terminal oder telefonisch am Schalter absagen oder verschieben.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="417" />
            <source>annullata</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="423" />
            <source>La prenotazione %1</source>
            <translation>Der Termin %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="424" />
            <source>Vuole davvero disdire la prenotazione %1?</source>
            <translation>Möchten Sie den Termin %1 wirklich absagen?</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="425" />
            <source>Prenotazione %1 annullata</source>
            <translation>Termin %1 abgesagt</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="426" />
            <source>Spostare la prenotazione %1?</source>
            <translation>Termin %1 verschieben?</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="427" />
            <source>Prenotazione %1 spostata</source>
            <translation>Termin %1 verschoben</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="432" />
            <source>Nuovo orario: %1</source>
            <translation>Neue Uhrzeit: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="434" />
            <source>Il vecchio orario viene liberato solo quando il nuovo è confermato.</source>
            <translation>Die alte Uhrzeit wird erst freigegeben, wenn die neue bestätigt ist.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="437" />
            <source>L'orario è stato liberato per altre persone.</source>
            <translation>Die Uhrzeit wurde für andere Personen freigegeben.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="440" />
            <source>Può disdirla o spostarla fino a %1.</source>
            <translation>Sie können ihn bis %1 absagen oder verschieben.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="446" />
            <source>Stampa in corso…</source>
            <translation>Wird gedruckt…</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="447" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>Beleg gedruckt: Bitte nehmen Sie ihn aus dem Drucker.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="448" />
            <source>La ricevuta non è stata stampata. Riprovi o chieda allo sportello.</source>
            <translation>Der Beleg wurde nicht gedruckt. Versuchen Sie es erneut oder fragen Sie am Schalter.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="455" />
            <source>Le mie prenotazioni</source>
            <translation>Meine Termine</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="457" />
            <source>Scriva il suo codice fiscale. Se ha il codice di prenotazione (lo trova sul foglio della prenotazione) lo scriva anche, altrimenti vedrà tutte le sue prenotazioni future.</source>
            <translation>Geben Sie Ihre Steuernummer ein. Wenn Sie den Buchungscode haben (er steht auf dem Terminblatt), geben Sie ihn auch ein; sonst sehen Sie alle Ihre künftigen Termine.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="460" />
            <source>Codice di prenotazione (facoltativo)</source>
            <translation>Buchungscode (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="461" />
            <source>Codice di prenotazione</source>
            <translation>Buchungscode</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="462" />
            <location filename="../../ui/book/my_bookings_screen.py" line="463" />
            <source>Codice fiscale</source>
            <translation>Steuernummer</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca le prenotazioni</source>
            <translation>Termine suchen</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="465" />
            <source>Le sue prenotazioni: tocchi quella che le interessa</source>
            <translation>Ihre Termine: Berühren Sie den gewünschten Termin</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici questa prenotazione</source>
            <translation>Diesen Termin absagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta a un altro orario</source>
            <translation>Auf eine andere Uhrzeit verschieben</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="468" />
            <source>Sì, disdici</source>
            <translation>Ja, absagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="469" />
            <source>Sì, disdici la prenotazione</source>
            <translation>Ja, den Termin absagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="470" />
            <source>Sì, sposta</source>
            <translation>Ja, verschieben</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="471" />
            <source>Sì, sposta al nuovo orario</source>
            <translation>Ja, auf die neue Uhrzeit verschieben</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="472" />
            <source>Stampa la ricevuta</source>
            <translation>Beleg drucken</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine, torna all'inizio</source>
            <translation>Fertig, zurück zum Anfang</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="474" />
            <source>◀ Indietro</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="475" />
            <source>Torna al passo precedente</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
    </context>
    <context>
        <name>Nre</name>
        <message>
            <location filename="../../kiosk/nre.py" line="60" />
            <source>Scriva il numero della ricetta elettronica (NRE): lo trova in alto sul promemoria che le ha dato il medico.</source>
            <translation>Geben Sie die Nummer des elektronischen Rezepts (NRE) ein: Sie steht oben auf dem Ausdruck, den Ihnen der Arzt gegeben hat.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="67" />
            <source>Il numero della ricetta è troppo corto: deve avere 15 caratteri. Controlli di averli scritti tutti.</source>
            <translation>Die Rezeptnummer ist zu kurz: Sie muss 15 Zeichen haben. Prüfen Sie, ob Sie alle eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="74" />
            <source>Il numero della ricetta è troppo lungo: deve avere 15 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>Die Rezeptnummer ist zu lang: Sie muss 15 Zeichen haben. Prüfen Sie, ob Sie ein Zeichen zu viel eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="81" />
            <source>Il numero della ricetta contiene solo lettere e numeri, senza simboli. Lo confronti con il promemoria, un carattere alla volta.</source>
            <translation>Die Rezeptnummer enthält nur Buchstaben und Zahlen, ohne Zeichen. Vergleichen Sie sie Zeichen für Zeichen mit dem Ausdruck.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="88" />
            <source>Questa ricetta è stata fatta fuori dalla Lombardia e qui non posso prenotarla. Si rivolga allo sportello, per favore.</source>
            <translation>Dieses Rezept wurde außerhalb der Lombardei ausgestellt und kann hier nicht gebucht werden. Bitte wenden Sie sich an den Schalter.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="295" />
            <source>Questa ricetta è urgente (classe U) e andava prenotata entro 48 ore da quando è stata fatta. Ora non posso prenotarla: si rivolga allo sportello o al suo medico.</source>
            <translation>Dieses Rezept ist dringend (Klasse U) und hätte innerhalb von 48 Stunden nach Ausstellung gebucht werden müssen. Ich kann es jetzt nicht mehr buchen: Wenden Sie sich an den Schalter oder an Ihren Arzt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="302" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>Dieses Rezept ist abgelaufen: Es gilt sechs Monate ab Ausstellung. Bitten Sie Ihren Arzt um ein neues Rezept.</translation>
        </message>
    </context>
    <context>
        <name>NrePage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="96" />
            <source>Il numero della ricetta</source>
            <translation>Die Rezeptnummer</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="98" />
            <source>Scriva il numero della ricetta elettronica (NRE, 15 caratteri: lo trova in alto sul promemoria del medico) oppure avvicini il codice a barre al lettore.</source>
            <translation>Geben Sie die Nummer des elektronischen Rezepts ein (NRE, 15 Zeichen: oben auf dem Ausdruck des Arztes) oder halten Sie den Strichcode an das Lesegerät.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="100" />
            <source>Numero della ricetta elettronica</source>
            <translation>Nummer des elektronischen Rezepts</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="101" />
            <source>Continua</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="102" />
            <source>Continua con questo numero di ricetta</source>
            <translation>Mit dieser Rezeptnummer weiter</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="105" />
            <source>Attenzione: %1</source>
            <translation>Achtung: %1</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="126" />
            <source>Cifra %1</source>
            <translation>Ziffer %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="127" />
            <source>⌫ Cancella</source>
            <translation>⌫ Löschen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="128" />
            <source>Cancella l'ultima cifra</source>
            <translation>Letzte Ziffer löschen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="129" />
            <source>Svuota</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="130" />
            <source>Cancella tutte le cifre</source>
            <translation>Alle Ziffern löschen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="131" />
            <source>✓ Conferma</source>
            <translation>✓ Bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="132" />
            <source>Conferma</source>
            <translation>Bestätigen</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="169" />
            <source>In quale ufficio preferisce andare?</source>
            <translation>In welches Büro möchten Sie gehen?</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="177" />
            <source>Cifra %1</source>
            <extracomment>Letter rows of each layout, and how far each row is indented (in key widths).</extracomment>
            <translation>Ziffer %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="179" />
            <source>Lettera %1</source>
            <translation>Buchstabe %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="180" />
            <source>⌫ Cancella</source>
            <translation>⌫ Löschen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="181" />
            <source>Cancella l'ultimo carattere</source>
            <translation>Letztes Zeichen löschen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="182" />
            <source>Svuota</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="183" />
            <source>Cancella tutto il testo</source>
            <translation>Den ganzen Text löschen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="185" />
            <source>QWERTY</source>
            <translation>QWERTY</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="187" />
            <source>Mostra le lettere come sulla tastiera del computer</source>
            <translation>Buchstaben wie auf der Computertastatur anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="189" />
            <source>A B C</source>
            <translation>A B C</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="190" />
            <source>Mostra le lettere in ordine alfabetico</source>
            <translation>Buchstaben in alphabetischer Reihenfolge anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="191" />
            <source>✓ Conferma</source>
            <translation>✓ Bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="192" />
            <source>Conferma</source>
            <translation>Bestätigen</translation>
        </message>
    </context>
    <context>
        <name>OutOfServiceScreen</name>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="29" />
            <source>Postazione momentaneamente non disponibile</source>
            <translation>Terminal vorübergehend nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="31" />
            <source>Non riusciamo a collegarci ai servizi del Comune e dell'ASST. La postazione riprova da sola e tornerà disponibile appena possibile.</source>
            <translation>Wir können uns nicht mit den Diensten der Stadt und der ASST verbinden. Das Terminal versucht es selbst weiter und ist so bald wie möglich wieder verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="34" />
            <source>Se ha bisogno subito, si rivolga allo sportello: il personale la aiuterà.</source>
            <translation>Wenn Sie sofort Hilfe brauchen, wenden Sie sich an den Schalter: Das Personal hilft Ihnen.</translation>
        </message>
    </context>
    <context>
        <name>PagoPA</name>
        <message>
            <location filename="../../kiosk/pagopa.py" line="85" />
            <source>Scriva il codice avviso: sono 18 cifre, le trova sull'avviso di pagamento accanto alla scritta «Codice avviso».</source>
            <translation>Geben Sie den Code des Zahlscheins ein: Er hat 18 Ziffern und steht auf dem Zahlschein neben „Codice avviso“.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="92" />
            <source>Il codice avviso contiene solo numeri. Controlli di non aver scritto lettere o simboli.</source>
            <translation>Der Code des Zahlscheins enthält nur Zahlen. Prüfen Sie, ob Sie Buchstaben oder Zeichen eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="99" />
            <source>Il codice avviso è troppo corto: deve avere 18 cifre. Controlli di averle scritte tutte.</source>
            <translation>Der Code des Zahlscheins ist zu kurz: Er muss 18 Ziffern haben. Prüfen Sie, ob Sie alle eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="106" />
            <source>Il codice avviso è troppo lungo: deve avere 18 cifre. Controlli di non aver scritto una cifra in più.</source>
            <translation>Der Code des Zahlscheins ist zu lang: Er muss 18 Ziffern haben. Prüfen Sie, ob Sie eine Ziffer zu viel eingegeben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="113" />
            <source>Questo non sembra un codice avviso pagoPA: di solito inizia con 3. Controlli di aver copiato il numero accanto alla scritta «Codice avviso».</source>
            <translation>Das sieht nicht wie ein pagoPA-Code aus: Er beginnt meist mit 3. Prüfen Sie, ob Sie die Nummer neben „Codice avviso“ abgeschrieben haben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="120" />
            <source>Il codice letto non contiene un codice avviso valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Der gelesene Code enthält keinen gültigen Zahlschein-Code. Versuchen Sie es erneut oder geben Sie den Code von Hand ein.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="127" />
            <source>Questo codice non è il QR code di un avviso pagoPA. Inquadri il QR code stampato sull'avviso, oppure scriva il codice avviso.</source>
            <translation>Dies ist nicht der QR-Code eines pagoPA-Zahlscheins. Halten Sie den auf dem Zahlschein gedruckten QR-Code hin oder geben Sie den Code ein.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="134" />
            <source>Questo QR code pagoPA è di un tipo che non posso leggere. Scriva il codice avviso a mano, per favore.</source>
            <translation>Diese Art von pagoPA-QR-Code kann ich nicht lesen. Bitte geben Sie den Code des Zahlscheins von Hand ein.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="141" />
            <source>Ho letto solo una parte del codice. Avvicini di nuovo l'avviso al lettore, tenendolo fermo, oppure scriva il codice avviso.</source>
            <translation>Ich habe nur einen Teil des Codes gelesen. Halten Sie den Zahlschein ruhig noch einmal an das Lesegerät oder geben Sie den Code ein.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="148" />
            <source>Il codice letto non contiene un codice fiscale dell'ente valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Der gelesene Code enthält keine gültige Steuernummer der Behörde. Versuchen Sie es erneut oder geben Sie den Code von Hand ein.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="155" />
            <source>Il codice letto non contiene un importo valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Der gelesene Code enthält keinen gültigen Betrag. Versuchen Sie es erneut oder geben Sie den Code von Hand ein.</translation>
        </message>
    </context>
    <context>
        <name>PayScreen</name>
        <message>
            <location filename="../../ui/pay/screen.py" line="789" />
            <source>Stiamo controllando l'avviso…</source>
            <translation>Wir prüfen den Zahlschein…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="796" />
            <source>Pagare un avviso pagoPA</source>
            <translation>Einen pagoPA-Zahlschein bezahlen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="798" />
            <source>Avvicini al lettore il QR code stampato sull'avviso: il resto lo facciamo noi. Oppure scriva qui sotto il codice avviso.</source>
            <translation>Halten Sie den auf dem Zahlschein gedruckten QR-Code an das Lesegerät: Den Rest machen wir. Oder geben Sie unten den Code ein.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="800" />
            <source>Codice avviso (18 cifre)</source>
            <translation>Code des Zahlscheins (18 Ziffern)</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="801" />
            <source>Codice avviso</source>
            <translation>Code des Zahlscheins</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="803" />
            <source>18 cifre, le trova sull'avviso accanto alla scritta Codice avviso</source>
            <translation>18 Ziffern, auf dem Zahlschein neben Codice avviso</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="804" />
            <source>Ente che ha emesso l'avviso</source>
            <translation>Behörde, die den Zahlschein ausgestellt hat</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="805" />
            <source>oppure il suo codice fiscale (11 cifre):</source>
            <translation>oder ihre Steuernummer (11 Ziffern):</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="806" />
            <source>Codice fiscale dell'ente creditore</source>
            <translation>Steuernummer der Gläubigerbehörde</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="807" />
            <location filename="../../ui/pay/screen.py" line="808" />
            <source>Controlla l'avviso</source>
            <translation>Zahlschein prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="809" />
            <source>Ticket sanitario</source>
            <translation>Gesundheitsgebühr</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="811" />
            <source>Pagare il ticket sanitario di una prenotazione</source>
            <translation>Die Gesundheitsgebühr eines Termins bezahlen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="812" />
            <source>Enti</source>
            <translation>Behörden</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="818" />
            <source>Scelga l'ente che ha emesso l'avviso, oppure scriva il suo codice fiscale di 11 cifre.</source>
            <translation>Wählen Sie die Behörde, die den Zahlschein ausgestellt hat, oder geben Sie ihre 11-stellige Steuernummer ein.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="823" />
            <location filename="../../ui/pay/screen.py" line="852" />
            <location filename="../../ui/pay/screen.py" line="979" />
            <source>Attenzione</source>
            <translation>Achtung</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="827" />
            <source>Pagare il ticket di una prenotazione</source>
            <translation>Die Gebühr eines Termins bezahlen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="829" />
            <source>Scriva il codice della prenotazione e il codice fiscale della persona prenotata.</source>
            <translation>Geben Sie den Buchungscode und die Steuernummer der gebuchten Person ein.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="830" />
            <location filename="../../ui/pay/screen.py" line="831" />
            <source>Codice prenotazione</source>
            <translation>Buchungscode</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="832" />
            <location filename="../../ui/pay/screen.py" line="833" />
            <source>Codice fiscale</source>
            <translation>Steuernummer</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="834" />
            <source>Cerca il ticket</source>
            <translation>Gebühr suchen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="835" />
            <source>Cerca il ticket da pagare</source>
            <translation>Die zu zahlende Gebühr suchen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="837" />
            <source>Indietro</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="838" />
            <source>Torna al codice avviso</source>
            <translation>Zurück zum Code des Zahlscheins</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="842" />
            <source>Stiamo cercando la prenotazione…</source>
            <translation>Wir suchen den Termin…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="846" />
            <source>Scriva il codice della prenotazione.</source>
            <translation>Geben Sie den Buchungscode ein.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="849" />
            <source>Il codice fiscale non è completo o non è corretto. Lo controlli, per favore.</source>
            <translation>Die Steuernummer ist unvollständig oder falsch. Bitte prüfen Sie sie.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="857" />
            <source>Controlli i dati dell'avviso</source>
            <translation>Prüfen Sie die Daten des Zahlscheins</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="858" />
            <source>Importo da pagare</source>
            <translation>Zu zahlender Betrag</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="859" />
            <source>Paga con la carta</source>
            <translation>Mit Karte zahlen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="860" />
            <source>Annulla</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="861" />
            <source>Annulla e torna al codice avviso</source>
            <translation>Abbrechen und zurück zum Code</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="866" />
            <source>Paga</source>
            <translation>Zahlen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="872" />
            <location filename="../../ui/pay/screen.py" line="922" />
            <source>Importo: %1</source>
            <translation>Betrag: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="873" />
            <source>Da pagare entro il %1</source>
            <translation>Zu zahlen bis %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="875" />
            <source>Codice avviso: %1</source>
            <translation>Code des Zahlscheins: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="877" />
            <source>Paga %1 con la carta</source>
            <translation>%1 mit Karte zahlen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="881" />
            <source>Avviso non trovato</source>
            <translation>Zahlschein nicht gefunden</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="882" />
            <source>Avviso scaduto</source>
            <translation>Zahlschein abgelaufen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="883" />
            <source>Avviso annullato dall'ente</source>
            <translation>Vom Amt storniert</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="884" />
            <source>Avviso già pagato</source>
            <translation>Bereits bezahlt</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="885" />
            <source>Pagamento già in corso</source>
            <translation>Zahlung läuft bereits</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="886" />
            <source>Dati dell'avviso non corretti</source>
            <translation>Daten des Zahlscheins nicht korrekt</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="887" />
            <source>L'ente non risponde</source>
            <translation>Die Behörde antwortet nicht</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="888" />
            <source>Problema temporaneo</source>
            <translation>Vorübergehendes Problem</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="889" />
            <source>Errore imprevisto</source>
            <translation>Unerwarteter Fehler</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="890" />
            <location filename="../../ui/pay/screen.py" line="891" />
            <location filename="../../ui/pay/screen.py" line="892" />
            <source>Il servizio non risponde</source>
            <translation>Der Dienst antwortet nicht</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="895" />
            <location filename="../../ui/pay/screen.py" line="896" />
            <source>Qualcosa non ha funzionato</source>
            <translation>Etwas hat nicht funktioniert</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="905" />
            <source>Se il pagamento fosse già partito, non le verrà addebitato due volte.</source>
            <translation>Falls die Zahlung schon begonnen hatte, wird Ihnen nichts doppelt belastet.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="907" />
            <source>Messaggio</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="910" />
            <location filename="../../ui/pay/screen.py" line="911" />
            <source>Riprova</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="913" />
            <source>Correggi i dati</source>
            <translation>Daten korrigieren</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="914" />
            <source>Correggi il codice avviso o l'ente</source>
            <translation>Code oder Behörde korrigieren</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="915" />
            <source>Torna all'inizio</source>
            <translation>Zurück zum Anfang</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="916" />
            <source>Torna alla pagina iniziale</source>
            <translation>Zurück zur Startseite</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="923" />
            <source>Terminale di pagamento</source>
            <translation>Zahlungsterminal</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="924" />
            <source>Inserisca o avvicini la carta al terminale</source>
            <translation>Stecken Sie die Karte ein oder halten Sie sie an das Terminal</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="926" />
            <location filename="../../ui/pay/screen.py" line="927" />
            <source>Stiamo preparando il terminale…</source>
            <translation>Wir bereiten das Terminal vor…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="929" />
            <source>Il terminale è pronto. Segua le istruzioni sul terminale.</source>
            <translation>Das Terminal ist bereit. Folgen Sie den Anweisungen auf dem Terminal.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="930" />
            <source>Stiamo annullando il pagamento…</source>
            <translation>Wir brechen die Zahlung ab…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="933" />
            <source>Stato del pagamento</source>
            <translation>Zahlungsstatus</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="934" />
            <location filename="../../ui/pay/screen.py" line="935" />
            <source>Annulla il pagamento</source>
            <translation>Zahlung abbrechen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="943" />
            <source>Non le è stato addebitato nulla.</source>
            <translation>Ihnen wurde nichts belastet.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="946" />
            <source>Pagamento riuscito</source>
            <translation>Zahlung erfolgreich</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="947" />
            <source>Ha pagato %1 a %2.</source>
            <translation>Sie haben %1 an %2 gezahlt.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="950" />
            <source>Stiamo preparando la ricevuta…</source>
            <translation>Wir bereiten den Beleg vor…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="953" />
            <source>La ricevuta sarà disponibile tra poco: il personale può stamparla.</source>
            <translation>Der Beleg ist gleich verfügbar: Das Personal kann ihn drucken.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="956" />
            <source>Ritiri la ricevuta dalla stampante. Codice ricevuta: %1</source>
            <translation>Nehmen Sie den Beleg aus dem Drucker. Belegcode: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="960" />
            <source>La stampante non è disponibile: la ricevuta è salvata e il personale può stamparla con il codice %1.</source>
            <translation>Der Drucker ist nicht verfügbar: Der Beleg ist gespeichert, und das Personal kann ihn mit dem Code %1 drucken.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="963" />
            <source>Pagamento non riuscito</source>
            <translation>Zahlung nicht gelungen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="964" />
            <source>La carta non è stata accettata.</source>
            <translation>Die Karte wurde nicht angenommen.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="965" />
            <source>Può riprovare con un'altra carta.</source>
            <translation>Sie können es mit einer anderen Karte erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="967" />
            <source>Pagamento annullato</source>
            <translation>Zahlung abgebrochen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="968" />
            <source>Può riprovare quando vuole.</source>
            <translation>Sie können es jederzeit erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="970" />
            <source>Tempo scaduto</source>
            <translation>Zeit abgelaufen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="971" />
            <source>Il terminale non ha ricevuto la carta in tempo.</source>
            <translation>Das Terminal hat die Karte nicht rechtzeitig erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="972" />
            <source>Può riprovare.</source>
            <translation>Sie können es erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="978" />
            <source>Riuscito</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa un'altra copia</source>
            <translation>Eine weitere Kopie drucken</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa la ricevuta</source>
            <translation>Beleg drucken</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="987" />
            <source>Stampa in corso…</source>
            <translation>Wird gedruckt…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="988" />
            <source>Ricevuta stampata.</source>
            <translation>Beleg gedruckt.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="990" />
            <source>La stampante non risponde. Il personale può stampare la ricevuta.</source>
            <translation>Der Drucker antwortet nicht. Das Personal kann den Beleg drucken.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1003" />
            <location filename="../../ui/pay/screen.py" line="1004" />
            <source>Riprova il pagamento</source>
            <translation>Zahlung erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1006" />
            <source>Fine</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1007" />
            <source>Fine, torna alla pagina iniziale</source>
            <translation>Fertig, zurück zur Startseite</translation>
        </message>
    </context>
    <context>
        <name>PinOverlay</name>
        <message>
            <location filename="../../ui/screens/pin.py" line="196" />
            <source>Accesso tutor e personale</source>
            <translation>Zugang für Tutoren und Personal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="197" />
            <source>Digiti il PIN personale e tocchi «Conferma».</source>
            <translation>Geben Sie Ihre persönliche PIN ein und berühren Sie „Bestätigen“.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="198" />
            <source>Tastierino del PIN</source>
            <translation>PIN-Tastenfeld</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="201" />
            <source>Tasto del PIN</source>
            <translation>PIN-Taste</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="202" />
            <source>⌫</source>
            <translation>⌫</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="203" />
            <source>Cancella l'ultima cifra</source>
            <translation>Letzte Ziffer löschen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="204" />
            <source>Annulla</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="205" />
            <source>Annulla e chiudi il tastierino</source>
            <translation>Abbrechen und Tastenfeld schließen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="206" />
            <source>✓ Conferma</source>
            <translation>✓ Bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="207" />
            <source>Conferma il PIN</source>
            <translation>PIN bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="224" />
            <source>PIN: nessuna cifra inserita</source>
            <translation>PIN: keine Ziffer eingegeben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/pin.py" line="226" />
            <source>PIN: %n cifre inserite</source>
            <translation>
                <numerusform>PIN: %n Ziffer eingegeben</numerusform>
                <numerusform>PIN: %n Ziffern eingegeben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="246" />
            <source>PIN non corretto. Tentativi rimasti prima del blocco: %1.</source>
            <translation>Falsche PIN. Verbleibende Versuche vor der Sperre: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="249" />
            <source>Troppi PIN errati: il tastierino è bloccato. Riprovi tra %1.</source>
            <translation>Zu viele falsche PINs: Das Tastenfeld ist gesperrt. Versuchen Sie es in %1 erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="252" />
            <source>Verifica in corso…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="254" />
            <source>Non è stato possibile verificare il PIN. Riprovi.</source>
            <translation>Die PIN konnte nicht geprüft werden. Versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>Printer</name>
        <message>
            <location filename="../../printing/backends/base.py" line="107" />
            <source>La stampante è pronta.</source>
            <translation>Der Drucker ist bereit.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="108" />
            <source>La stampante è ferma.</source>
            <translation>Der Drucker ist angehalten.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="109" />
            <source>La stampante non accetta stampe.</source>
            <translation>Der Drucker nimmt keine Druckaufträge an.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="110" />
            <source>La stampante è in pausa.</source>
            <translation>Der Drucker ist pausiert.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="111" />
            <source>La stampante non è configurata.</source>
            <translation>Der Drucker ist nicht eingerichtet.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="112" />
            <source>Il servizio di stampa non risponde.</source>
            <translation>Der Druckdienst antwortet nicht.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="113" />
            <source>La carta è finita.</source>
            <translation>Das Papier ist leer.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="114" />
            <source>La carta è inceppata.</source>
            <translation>Papierstau.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="115" />
            <source>Lo sportello della stampante è aperto.</source>
            <translation>Die Druckerklappe ist offen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="116" />
            <source>La stampante è spenta o scollegata.</source>
            <translation>Der Drucker ist aus oder nicht angeschlossen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="117" />
            <source>Stampa completata.</source>
            <translation>Druck abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="119" />
            <source>La stampante si è fermata: la stampa è stata annullata.</source>
            <translation>Der Drucker hat angehalten: Der Druck wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="121" />
            <source>La stampa non è riuscita.</source>
            <translation>Der Druck ist fehlgeschlagen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="122" />
            <source>La stampa è stata annullata.</source>
            <translation>Der Druck wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="124" />
            <source>La stampante non ha risposto in tempo: stampa annullata.</source>
            <translation>Der Drucker hat nicht rechtzeitig geantwortet: Druck abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="126" />
            <source>La stampa non è stata accettata.</source>
            <translation>Der Druckauftrag wurde nicht angenommen.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="127" />
            <source>Il documento da stampare non esiste.</source>
            <translation>Das zu druckende Dokument gibt es nicht.</translation>
        </message>
    </context>
    <context>
        <name>PrinterNotice</name>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Attenzione: la stampante non è disponibile. Può continuare: la ricevuta comparirà sullo schermo e potrà farla stampare allo sportello.</source>
            <translation>Achtung: Der Drucker ist nicht verfügbar. Sie können weitermachen: Der Beleg erscheint auf dem Bildschirm, und Sie können ihn am Schalter drucken lassen.</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../../printing/labels.py" line="33" />
            <source>Ricevuta di pagamento</source>
            <translation>Zahlungsbeleg</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="34" />
            <source>Attestazione di pagamento pagoPA</source>
            <translation>pagoPA-Zahlungsbestätigung</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="35" />
            <source>Conferma di prenotazione</source>
            <translation>Terminbestätigung</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="36" />
            <source>Disdetta della prenotazione</source>
            <translation>Terminabsage</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="37" />
            <source>Riepilogo giornaliero</source>
            <translation>Tagesübersicht</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="40" />
            <source>Data e ora</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="41" />
            <source>Ente creditore</source>
            <translation>Gläubigerbehörde</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="42" />
            <source>Codice fiscale ente</source>
            <translation>Steuernummer der Behörde</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="43" />
            <source>Causale</source>
            <translation>Verwendungszweck</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="44" />
            <source>Codice avviso</source>
            <translation>Code des Zahlscheins</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="45" />
            <source>IUV (codice identificativo del versamento)</source>
            <translation>IUV (Zahlungskennung)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="46" />
            <source>Importo</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="47" />
            <source>Commissione</source>
            <translation>Gebühr</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="48" />
            <source>Totale pagato</source>
            <translation>Bezahlt insgesamt</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="49" />
            <source>Prestatore del servizio di pagamento</source>
            <translation>Zahlungsdienstleister</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="50" />
            <source>Codice fiscale prestatore</source>
            <translation>Steuernummer des Dienstleisters</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="51" />
            <source>Numero univoco del pagamento</source>
            <translation>Eindeutige Zahlungsnummer</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="52" />
            <source>IUR (identificativo della riscossione)</source>
            <translation>IUR (Einzugskennung)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="54" />
            <source>Conservi questa ricevuta: attesta il pagamento effettuato.</source>
            <translation>Bewahren Sie diesen Beleg auf: Er bestätigt die geleistete Zahlung.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="58" />
            <source>Codice prenotazione</source>
            <translation>Buchungscode</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="59" />
            <source>Paziente (codice fiscale)</source>
            <translation>Patient (Steuernummer)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="60" />
            <source>Prestazione</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="61" />
            <source>Quando</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="62" />
            <source>dalle %1 alle %2</source>
            <translation>von %1 bis %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="63" />
            <source>Dove</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="64" />
            <source>Cosa portare</source>
            <translation>Was Sie mitbringen sollten</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="65" />
            <source>Ticket da pagare</source>
            <translation>Zu zahlende Gebühr</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="66" />
            <source>Nessun ticket da pagare</source>
            <translation>Keine Gebühr zu zahlen</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="67" />
            <source>Paghi il ticket con l'avviso pagoPA</source>
            <translation>Zahlen Sie die Gebühr mit dem pagoPA-Zahlschein</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="68" />
            <source>Per disdire</source>
            <translation>Zum Absagen</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="69" />
            <source>Disdica entro: %1</source>
            <translation>Absagen bis: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="71" />
            <source>Inquadri il codice con il telefono per salvare l'appuntamento</source>
            <translation>Scannen Sie den Code mit dem Handy, um den Termin zu speichern</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="73" />
            <source>Appuntamento disdetto</source>
            <translation>Termin abgesagt</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="74" />
            <source>Disdetta registrata il</source>
            <translation>Absage registriert am</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="76" />
            <source>La prenotazione è stata disdetta. Non deve presentarsi.</source>
            <translation>Der Termin wurde abgesagt. Sie müssen nicht kommen.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="80" />
            <source>Giorno</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="81" />
            <source>Servizi completati</source>
            <translation>Abgeschlossene Vorgänge</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="82" />
            <source>Nessun servizio completato</source>
            <translation>Keine abgeschlossenen Vorgänge</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="83" />
            <source>Incassi per ente</source>
            <translation>Einnahmen nach Behörde</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="84" />
            <source>Nessun pagamento</source>
            <translation>Keine Zahlungen</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="85" />
            <source>Pagamenti: %1</source>
            <translation>Zahlungen: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="86" />
            <source>di cui commissioni: %1</source>
            <translation>davon Gebühren: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="87" />
            <source>Totale incassato</source>
            <translation>Einnahmen insgesamt</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="88" />
            <source>Sessioni</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="89" />
            <source>Con assistenza di un tutor</source>
            <translation>Mit Hilfe eines Tutors</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="90" />
            <source>Stampe non riuscite</source>
            <translation>Fehlgeschlagene Drucke</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="91" />
            <source>Percorsi abbandonati</source>
            <translation>Abgebrochene Vorgänge</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="94" />
            <source>Postazione</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="95" />
            <source>Emessa il</source>
            <translation>Ausgestellt am</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="96" />
            <source>Assistito da un tutor: %1</source>
            <translation>Mit Hilfe eines Tutors: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="97" />
            <source>Codice ricevuta</source>
            <translation>Belegcode</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="99" />
            <source>Mostri questo codice allo sportello per ritrovare la ricevuta</source>
            <translation>Zeigen Sie diesen Code am Schalter, um den Beleg wiederzufinden</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="101" />
            <source>Pagina %1 di %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="102" />
            <source>%1, ore %2</source>
            <translation>%1, %2 Uhr</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="105" />
            <source>lunedì</source>
            <translation>Montag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="106" />
            <source>martedì</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="107" />
            <source>mercoledì</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="108" />
            <source>giovedì</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="109" />
            <source>venerdì</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="110" />
            <source>sabato</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="111" />
            <source>domenica</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="114" />
            <source>gennaio</source>
            <translation>Januar</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="115" />
            <source>febbraio</source>
            <translation>Februar</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="116" />
            <source>marzo</source>
            <translation>März</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="117" />
            <source>aprile</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="118" />
            <source>maggio</source>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="119" />
            <source>giugno</source>
            <translation>Juni</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="120" />
            <source>luglio</source>
            <translation>Juli</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="121" />
            <source>agosto</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="122" />
            <source>settembre</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="123" />
            <source>ottobre</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="124" />
            <source>novembre</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="125" />
            <source>dicembre</source>
            <translation>Dezember</translation>
        </message>
    </context>
    <context>
        <name>ReceiptFallback</name>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="103" />
            <source>La ricevuta non è stata stampata, ma è conservata.</source>
            <translation>Der Beleg wurde nicht gedruckt, ist aber gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="106" />
            <source>Fotografi il codice QR con il telefono, oppure mostri questo codice allo sportello: il personale le stampa la ricevuta.</source>
            <translation>Fotografieren Sie den QR-Code mit dem Handy oder zeigen Sie diesen Code am Schalter: Das Personal druckt Ihnen den Beleg.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="108" />
            <source>Codice QR della ricevuta</source>
            <translation>QR-Code des Belegs</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="110" />
            <source>Codice ricevuta: %1</source>
            <translation>Belegcode: %1</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../ui/scan_router.py" line="49" />
            <source>Questo codice non si può usare in questa schermata.</source>
            <translation>Dieser Code kann auf dieser Seite nicht verwendet werden.</translation>
        </message>
    </context>
    <context>
        <name>Scanner</name>
        <message>
            <location filename="../../kiosk/scanner.py" line="229" />
            <source>Questo codice non è tra quelli che posso leggere qui.</source>
            <translation>Diesen Code kann ich hier nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="232" />
            <source>Non sono riuscito a leggere bene il codice fiscale. Passi di nuovo la tessera sanitaria davanti al lettore, oppure scriva il codice a mano.</source>
            <translation>Ich konnte die Steuernummer nicht gut lesen. Führen Sie die Gesundheitskarte noch einmal am Lesegerät vorbei oder geben Sie den Code von Hand ein.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="239" />
            <source>Il tesserino non è stato letto bene. Lo passi di nuovo davanti al lettore.</source>
            <translation>Der Ausweis wurde nicht richtig gelesen. Führen Sie ihn noch einmal am Lesegerät vorbei.</translation>
        </message>
    </context>
    <context>
        <name>ScrollColumn</name>
        <message>
            <location filename="../../ui/widgets/scroll.py" line="66" />
            <source>Scorrere per vedere il resto della pagina</source>
            <translation>Blättern, um den Rest der Seite zu sehen</translation>
        </message>
    </context>
    <context>
        <name>ServiceError</name>
        <message>
            <location filename="../../kiosk/services/errors.py" line="20" />
            <source>Non troviamo questo avviso. Controlli il numero e l'ente creditore.</source>
            <translation>Wir finden diesen Zahlschein nicht. Prüfen Sie die Nummer und die Gläubigerbehörde.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="23" />
            <source>Questo avviso è scaduto e non si può più pagare qui. Si rivolga all'ente che lo ha emesso.</source>
            <translation>Dieser Zahlschein ist abgelaufen und kann hier nicht mehr bezahlt werden. Wenden Sie sich an die ausstellende Behörde.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="28" />
            <source>Questo avviso è stato annullato dall'ente e non va pagato.</source>
            <translation>Dieser Zahlschein wurde von der Behörde storniert und muss nicht bezahlt werden.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="32" />
            <source>Questo avviso risulta già pagato. Non deve pagarlo di nuovo.</source>
            <translation>Dieser Zahlschein ist bereits bezahlt. Sie müssen ihn nicht noch einmal bezahlen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="35" />
            <source>Un pagamento di questo avviso è già in corso. Attenda qualche minuto e riprovi.</source>
            <translation>Eine Zahlung dieses Zahlscheins läuft bereits. Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="39" />
            <source>I dati dell'avviso non corrispondono. Controlli il numero, l'ente e l'importo.</source>
            <translation>Die Daten des Zahlscheins stimmen nicht überein. Prüfen Sie Nummer, Behörde und Betrag.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="43" />
            <source>L'ente creditore non risponde in questo momento. Riprovi più tardi.</source>
            <translation>Die Gläubigerbehörde antwortet im Moment nicht. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="47" />
            <source>C'è un problema temporaneo con questo avviso. Riprovi tra qualche minuto.</source>
            <translation>Es gibt ein vorübergehendes Problem mit diesem Zahlschein. Versuchen Sie es in einigen Minuten erneut.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="51" />
            <source>Si è verificato un errore imprevisto. Nessun importo è stato addebitato. Riprovi.</source>
            <translation>Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts belastet. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="56" />
            <source>Non troviamo questa ricetta. Controlli il codice NRE.</source>
            <translation>Wir finden dieses Rezept nicht. Prüfen Sie den NRE-Code.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="59" />
            <source>Questa ricetta è scaduta (vale 6 mesi). Chieda una nuova ricetta al suo medico.</source>
            <translation>Dieses Rezept ist abgelaufen (es gilt 6 Monate). Bitten Sie Ihren Arzt um ein neues Rezept.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="63" />
            <source>Questa ricetta è già stata usata per una prenotazione.</source>
            <translation>Dieses Rezept wurde schon für einen Termin verwendet.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="66" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli il codice fiscale.</source>
            <translation>Dieses Rezept ist auf eine andere Person ausgestellt. Prüfen Sie die Steuernummer.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="70" />
            <source>Una ricetta urgente va prenotata entro 48 ore. Si rivolga allo sportello o al suo medico.</source>
            <translation>Ein dringendes Rezept muss innerhalb von 48 Stunden gebucht werden. Wenden Sie sich an den Schalter oder an Ihren Arzt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="75" />
            <source>Per questa prestazione serve la ricetta elettronica (codice NRE).</source>
            <translation>Für diese Leistung ist das elektronische Rezept (NRE-Code) nötig.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="78" />
            <source>Questa ricetta è per un'altra prestazione.</source>
            <translation>Dieses Rezept ist für eine andere Leistung.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="82" />
            <source>Questo orario è appena stato preso. Ecco gli orari ancora liberi.</source>
            <translation>Diese Uhrzeit wurde gerade gebucht. Hier sind die noch freien Zeiten.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="85" />
            <source>Questo orario non è più disponibile. Scelga un altro orario.</source>
            <translation>Diese Uhrzeit ist nicht mehr frei. Wählen Sie eine andere Uhrzeit.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="88" />
            <source>Questo servizio non è disponibile. Scelga un altro servizio.</source>
            <translation>Dieser Dienst ist nicht verfügbar. Wählen Sie einen anderen Dienst.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="91" />
            <source>Non troviamo la prenotazione. Controlli il codice di prenotazione e il codice fiscale.</source>
            <translation>Wir finden den Termin nicht. Prüfen Sie den Buchungscode und die Steuernummer.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="95" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>Dieser Termin wurde bereits abgesagt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="98" />
            <source>È troppo tardi per annullare o spostare qui questa prenotazione. Chiami o si rechi allo sportello.</source>
            <translation>Es ist zu spät, um diesen Termin hier abzusagen oder zu verschieben. Rufen Sie den Schalter an oder gehen Sie hin.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="103" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>Die Steuernummer ist nicht gültig. Bitte prüfen Sie sie.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="107" />
            <source>Non troviamo questo pagamento. Chieda aiuto al personale.</source>
            <translation>Wir finden diese Zahlung nicht. Bitten Sie das Personal um Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="110" />
            <source>Il pagamento è già concluso e non si può più annullare.</source>
            <translation>Die Zahlung ist bereits abgeschlossen und kann nicht mehr abgebrochen werden.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="113" />
            <source>Non troviamo questa ricevuta. Chieda aiuto al personale.</source>
            <translation>Wir finden diesen Beleg nicht. Bitten Sie das Personal um Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="116" />
            <source>La richiesta di aiuto non è stata trovata. La ripeta, per favore.</source>
            <translation>Die Hilfeanfrage wurde nicht gefunden. Bitte stellen Sie sie erneut.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="126" />
            <source>La richiesta non è andata a buon fine. Chieda aiuto al personale.</source>
            <translation>Die Anfrage ist nicht gelungen. Bitten Sie das Personal um Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="129" />
            <source>Il servizio non è raggiungibile in questo momento. Riprovi tra poco o chieda aiuto al personale.</source>
            <translation>Der Dienst ist im Moment nicht erreichbar. Versuchen Sie es gleich noch einmal oder bitten Sie das Personal um Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="134" />
            <source>Il servizio sta rispondendo troppo lentamente. Riprovi tra poco.</source>
            <translation>Der Dienst antwortet zu langsam. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="137" />
            <source>Il servizio ha un problema temporaneo. Riprovi tra poco.</source>
            <translation>Der Dienst hat ein vorübergehendes Problem. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="140" />
            <source>Il servizio ha dato una risposta che non capiamo. Chieda aiuto al personale.</source>
            <translation>Der Dienst hat eine Antwort gegeben, die wir nicht verstehen. Bitten Sie das Personal um Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="144" />
            <source>Questa postazione non è autorizzata a usare il servizio. Chieda aiuto al personale.</source>
            <translation>Dieses Terminal darf den Dienst nicht nutzen. Bitten Sie das Personal um Hilfe.</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="116" />
            <source>Che cosa vuole prenotare?</source>
            <translation>Was möchten Sie buchen?</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="122" />
            <source>gratuito</source>
            <translation>kostenlos</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="124" />
            <source>Sanità – ASST Pavia</source>
            <translation>Gesundheit – ASST Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="125" />
            <source>Visita o esame con la ricetta</source>
            <translation>Untersuchung mit Rezept</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="126" />
            <source>Serve il numero della ricetta elettronica (NRE)</source>
            <translation>Sie brauchen die Nummer des elektronischen Rezepts (NRE)</translation>
        </message>
    </context>
    <context>
        <name>SlotPage</name>
        <message>
            <location filename="../../ui/book/slot_page.py" line="319" />
            <source>Quando preferisce?</source>
            <translation>Wann passt es Ihnen?</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="321" />
            <source>Primi giorni liberi</source>
            <translation>Erste freie Tage</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="323" />
            <source>Torna ai primi giorni</source>
            <translation>Zurück zu den ersten Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="324" />
            <source>Altre date (calendario)</source>
            <translation>Andere Tage (Kalender)</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="325" />
            <source>◀ Orari precedenti</source>
            <translation>◀ Frühere Zeiten</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="326" />
            <source>Orari successivi ▶</source>
            <translation>Spätere Zeiten ▶</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="327" />
            <source>Mese precedente</source>
            <translation>Voriger Monat</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="328" />
            <source>Mese successivo</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="344" />
            <source>Orari liberi di %1</source>
            <translation>Freie Zeiten am %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="352" />
            <source>Ore %1</source>
            <translation>%1 Uhr</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/speech.py" line="51" />
            <source>Lettura ad alta voce attiva. Tocchi una volta un pulsante per sentirlo, due volte per sceglierlo.</source>
            <extracomment>Phrases the speech layer adds itself (translated at speaking time).</extracomment>
            <translation>Vorlesen ist an. Berühren Sie eine Taste einmal, um sie zu hören, zweimal, um sie zu wählen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="55" />
            <source>Lettura ad alta voce spenta.</source>
            <translation>Vorlesen ist aus.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="56" />
            <source>Niente da ripetere.</source>
            <translation>Nichts zu wiederholen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="57" />
            <source>Volume %1 di %2.</source>
            <translation>Lautstärke %1 von %2.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="58" />
            <source>non disponibile</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="59" />
            <source>Attenzione: %1</source>
            <translation>Achtung: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="60" />
            <source>Contenuto della ricevuta:</source>
            <translation>Inhalt des Belegs:</translation>
        </message>
    </context>
    <context>
        <name>SpeechBar</name>
        <message>
            <location filename="../../ui/speech.py" line="326" />
            <source>■ Ferma</source>
            <translation>■ Stopp</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="327" />
            <source>Ferma la voce</source>
            <translation>Stimme stoppen</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="328" />
            <source>↻ Ripeti</source>
            <translation>↻ Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="329" />
            <source>Ripeti</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="330" />
            <source>− Volume</source>
            <translation>− Lautstärke</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="331" />
            <source>Abbassa il volume</source>
            <translation>Leiser</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="332" />
            <source>+ Volume</source>
            <translation>+ Lautstärke</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="333" />
            <source>Alza il volume</source>
            <translation>Lauter</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="465" />
            <source>Pagamento</source>
            <translation>Zahlung</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="466" />
            <source>Prenotazione</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="467" />
            <source>Disdetta</source>
            <translation>Absage</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="468" />
            <source>Riepilogo</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="471" />
            <source>stampata</source>
            <translation>gedruckt</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="472" />
            <source>stampa non riuscita</source>
            <translation>Druck fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="473" />
            <source>non stampata</source>
            <translation>nicht gedruckt</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="554" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>Das Terminal ist vorübergehend außer Betrieb. Bitte wenden Sie sich an den Schalter.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="561" />
            <source>Ristampa di %1 in corso…</source>
            <translation>%1 wird erneut gedruckt…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="562" />
            <source>Stampa del riepilogo del giorno in corso…</source>
            <translation>Tagesübersicht wird gedruckt…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="563" />
            <source>Stampa della pagina di prova in corso…</source>
            <translation>Testseite wird gedruckt…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="564" />
            <source>Riavvio della coda di stampa…</source>
            <translation>Druckwarteschlange wird neu gestartet…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="565" />
            <source>La ricevuta %1 non è più disponibile.</source>
            <translation>Der Beleg %1 ist nicht mehr verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="566" />
            <source>Ricevuta %1 ristampata.</source>
            <translation>Beleg %1 erneut gedruckt.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="567" />
            <source>Ristampa di %1 non riuscita: %2</source>
            <translation>Erneuter Druck von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="568" />
            <source>Riepilogo del giorno stampato (%1).</source>
            <translation>Tagesübersicht gedruckt (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="569" />
            <source>Riepilogo salvato (%1) ma non stampato: %2</source>
            <translation>Übersicht gespeichert (%1), aber nicht gedruckt: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="570" />
            <source>Pagina di prova stampata.</source>
            <translation>Testseite gedruckt.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="571" />
            <source>Pagina di prova non stampata: %1</source>
            <translation>Testseite nicht gedruckt: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="572" />
            <source>Coda di stampa riavviata: %1</source>
            <translation>Druckwarteschlange neu gestartet: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="573" />
            <source>Non è stato possibile riavviare la coda: %1</source>
            <translation>Die Warteschlange konnte nicht neu gestartet werden: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="574" />
            <source>Postazione fuori servizio.</source>
            <translation>Terminal außer Betrieb.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="575" />
            <source>Postazione di nuovo in servizio.</source>
            <translation>Terminal wieder in Betrieb.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="576" />
            <source>Questa funzione è riservata al personale dell'ufficio.</source>
            <translation>Diese Funktion ist dem Personal des Büros vorbehalten.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="577" />
            <source>Nessuna stampante configurata su questa postazione.</source>
            <translation>An diesem Terminal ist kein Drucker eingerichtet.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="578" />
            <source>Operazione non riuscita: riprovi o chiami l'assistenza tecnica.</source>
            <translation>Vorgang fehlgeschlagen: Versuchen Sie es erneut oder rufen Sie den technischen Support.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="581" />
            <source>Strumenti del personale</source>
            <translation>Werkzeuge für das Personal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="582" />
            <source>Accesso di %1 (%2)</source>
            <translation>Angemeldet: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="584" />
            <source>Ricevute</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="586" />
            <source>Codice ricevuta, codice prenotazione o numero avviso</source>
            <translation>Belegcode, Buchungscode oder Nummer des Zahlscheins</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="587" />
            <source>Cerca una ricevuta</source>
            <translation>Einen Beleg suchen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="588" />
            <source>Cerca</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="589" />
            <source>Cerca la ricevuta</source>
            <translation>Den Beleg suchen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="590" />
            <source>Nessuna ricevuta trovata.</source>
            <translation>Kein Beleg gefunden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/staff.py" line="592" />
            <source>Ricevute trovate: %n. Scorra l'elenco con il dito.</source>
            <translation>
                <numerusform>%n Beleg gefunden. Blättern Sie mit dem Finger durch die Liste.</numerusform>
                <numerusform>%n Belege gefunden. Blättern Sie mit dem Finger durch die Liste.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="597" />
            <location filename="../../ui/screens/staff.py" line="598" />
            <source>Ristampa la ricevuta scelta</source>
            <translation>Gewählten Beleg erneut drucken</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="599" />
            <source>Stampante</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="601" />
            <source>Stato della stampante non disponibile.</source>
            <translation>Druckerstatus nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="606" />
            <source>Pagina di prova</source>
            <translation>Testseite</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="607" />
            <source>Stampa una pagina di prova</source>
            <translation>Eine Testseite drucken</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="608" />
            <source>Riavvia la coda</source>
            <translation>Warteschlange neu starten</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="610" />
            <source>Riavvia la coda di stampa messa in pausa</source>
            <translation>Pausierte Druckwarteschlange neu starten</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="611" />
            <location filename="../../ui/screens/staff.py" line="612" />
            <source>Stampa il riepilogo del giorno</source>
            <translation>Tagesübersicht drucken</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="613" />
            <source>Postazione</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="615" />
            <source>Messaggio per i cittadini</source>
            <translation>Nachricht für die Bürger</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="617" />
            <source>Rimetti in servizio</source>
            <translation>Wieder in Betrieb nehmen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="618" />
            <source>Rimetti in servizio la postazione</source>
            <translation>Terminal wieder in Betrieb nehmen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="620" />
            <source>Metti fuori servizio</source>
            <translation>Außer Betrieb setzen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="622" />
            <source>Metti la postazione fuori servizio con il messaggio</source>
            <translation>Terminal mit der Nachricht außer Betrieb setzen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="624" />
            <source>Tocchi di nuovo per uscire al desktop</source>
            <translation>Noch einmal berühren, um zum Desktop zu gehen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="625" />
            <source>Conferma l'uscita al desktop</source>
            <translation>Verlassen zum Desktop bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="627" />
            <source>Esci al desktop</source>
            <translation>Zum Desktop</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="628" />
            <source>Chiudi l'applicazione ed esci al desktop</source>
            <translation>Anwendung schließen und zum Desktop gehen</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="629" />
            <source>Torna alla postazione</source>
            <translation>Zurück zum Terminal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="631" />
            <source>Esci dagli strumenti e torna alla postazione</source>
            <translation>Werkzeuge verlassen und zurück zum Terminal</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="261" />
            <source>Controlli la prenotazione</source>
            <translation>Prüfen Sie den Termin</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="262" />
            <source>Conferma la prenotazione</source>
            <translation>Termin bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="263" />
            <source>Aggiungi un cellulare</source>
            <translation>Handynummer hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="264" />
            <source>Facoltativo: riceverà un promemoria</source>
            <translation>Freiwillig: Sie erhalten eine Erinnerung</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="265" />
            <source>Numero di cellulare (facoltativo)</source>
            <translation>Handynummer (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="266" />
            <source>Numero di cellulare</source>
            <translation>Handynummer</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="268" />
            <source>Attenzione: %1</source>
            <translation>Achtung: %1</translation>
        </message>
    </context>
    <context>
        <name>TutorBanner</name>
        <message>
            <location filename="../../ui/tutor.py" line="125" />
            <source>Assistenza del tutor — %1</source>
            <translation>Unterstützung durch Tutor — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="128" />
            <source>Pannello tutor</source>
            <translation>Tutor-Bereich</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="129" />
            <source>Apri il pannello del tutor</source>
            <translation>Tutor-Bereich öffnen</translation>
        </message>
    </context>
    <context>
        <name>TutorButton</name>
        <message>
            <location filename="../../ui/tutor.py" line="83" />
            <source>Accesso riservato a tutor e personale</source>
            <translation>Zugang nur für Tutoren und Personal</translation>
        </message>
    </context>
    <context>
        <name>TutorController</name>
        <message>
            <location filename="../../ui/tutor.py" line="376" />
            <source>Badge non riconosciuto. Usi il PIN o si rivolga allo sportello.</source>
            <translation>Ausweis nicht erkannt. Verwenden Sie die PIN oder wenden Sie sich an den Schalter.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="382" />
            <source>Non è stato possibile verificare il badge. Usi il PIN.</source>
            <translation>Der Ausweis konnte nicht geprüft werden. Verwenden Sie die PIN.</translation>
        </message>
    </context>
    <context>
        <name>TutorPanel</name>
        <message>
            <location filename="../../ui/tutor.py" line="223" />
            <source>Pannello del tutor — %1</source>
            <translation>Tutor-Bereich — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="225" />
            <source>Pannello del tutor</source>
            <translation>Tutor-Bereich</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="227" />
            <source>Assistenza iniziata alle %1.</source>
            <translation>Unterstützung begonnen um %1.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="228" />
            <source>Ultimo errore di questa sessione</source>
            <translation>Letzter Fehler dieser Sitzung</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="232" />
            <source>Torna al cittadino</source>
            <translation>Zurück zum Bürger</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="233" />
            <source>Chiudi il pannello e torna al cittadino</source>
            <translation>Bereich schließen und zurück zum Bürger</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="234" />
            <source>Strumenti del personale</source>
            <translation>Werkzeuge für das Personal</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="235" />
            <source>Apri gli strumenti del personale</source>
            <translation>Werkzeuge für das Personal öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="237" />
            <source>Termina assistenza</source>
            <translation>Unterstützung beenden</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="238" />
            <source>Termina l'assistenza del tutor</source>
            <translation>Unterstützung durch den Tutor beenden</translation>
        </message>
    </context>
</TS>
