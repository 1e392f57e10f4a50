<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="it">
    <context>
        <name>Assist</name>
        <message>
            <location filename="../../kiosk/flows/assist.py" line="96" />
            <source>Nessun errore in questa sessione.</source>
            <translation>Nicio eroare în această sesiune.</translation>
        </message>
    </context>
    <context>
        <name>Assistance</name>
        <message>
            <location filename="../../ui/assistance.py" line="111" />
            <source>Errore imprevisto: %1</source>
            <translation>Eroare neașteptată: %1</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../../ui/screens/attract.py" line="13" />
            <source>Comune di Pavia</source>
            <translation>Primăria Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="14" />
            <source>ASST Pavia</source>
            <translation>ASST Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="15" />
            <source>Comune di Pavia e ASST Pavia</source>
            <translation>Primăria Pavia și ASST Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="75" />
            <location filename="../../ui/screens/attract.py" line="77" />
            <source>Tocchi lo schermo per iniziare</source>
            <translation>Atingeți ecranul pentru a începe</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="76" />
            <source>Prenotazioni e pagamenti pagoPA</source>
            <translation>Programări și plăți pagoPA</translation>
        </message>
    </context>
    <context>
        <name>BookScreen</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>◀ Indietro</source>
            <translation>◀ Înapoi</translation>
        </message>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>Torna al passo precedente</source>
            <translation>Înapoi la pasul anterior</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="346" />
            <location filename="../../kiosk/flows/booking_details.py" line="18" />
            <source>Può disdire o spostare la prenotazione a questa postazione (Le mie prenotazioni) o chiamando lo sportello.</source>
            <translation>Puteți anula sau muta programarea la acest terminal (Programările mele) sau sunând la ghișeu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="64" />
            <source>Il numero di cellulare può contenere solo cifre (da 6 a 15), con un + davanti se è straniero. Lo controlli o lasci il campo vuoto.</source>
            <translation>Numărul de mobil poate conține doar cifre (de la 6 la 15), cu un + în față dacă este străin. Verificați-l sau lăsați câmpul gol.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="68" />
            <source>Non ci sono orari liberi per questo servizio nei prossimi due mesi. Scelga un altro ufficio o chiami lo sportello.</source>
            <translation>Nu există ore libere pentru acest serviciu în următoarele două luni. Alegeți alt birou sau sunați la ghișeu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="72" />
            <source>Questo orario è appena stato preso da un'altra persona. Ecco gli orari ancora liberi: ne scelga un altro.</source>
            <translation>Această oră tocmai a fost luată de altă persoană. Iată orele încă libere: alegeți alta, vă rog.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking_ops.py" line="263" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>Operațiunea nu a putut fi finalizată. Încercați din nou peste puțin timp.</translation>
        </message>
    </context>
    <context>
        <name>BookingSummary</name>
        <message>
            <location filename="../../ui/book/pages.py" line="282" />
            <source>Servizio: %1</source>
            <translation>Serviciu: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="284" />
            <source>Quando: %1, alle ore %2</source>
            <translation>Când: %1, la ora %2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="286" />
            <source>Dove: %1, %2</source>
            <translation>Unde: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="290" />
            <source>Piano e stanza: %1</source>
            <translation>Etaj și cameră: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="293" />
            <source>Codice fiscale: %1</source>
            <translation>Cod fiscal: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="296" />
            <source>Da pagare: %1</source>
            <translation>De plată: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="299" />
            <source>Non si paga nulla.</source>
            <translation>Nu aveți nimic de plată.</translation>
        </message>
    </context>
    <context>
        <name>BusyLabel</name>
        <message>
            <location filename="../../ui/book/parts.py" line="245" />
            <source>Un momento, prego: sto chiedendo al servizio…</source>
            <translation>Un moment, vă rog: întreb serviciul…</translation>
        </message>
    </context>
    <context>
        <name>ClosedScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="661" />
            <source>Postazione fuori servizio</source>
            <translation>Terminal scos din funcțiune</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="663" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>Terminalul este temporar scos din funcțiune. Adresați-vă ghișeului.</translation>
        </message>
    </context>
    <context>
        <name>CodiceFiscale</name>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="86" />
            <source>Scriva il codice fiscale. Lo trova sulla tessera sanitaria.</source>
            <translation>Scrieți codul fiscal. Îl găsiți pe cardul de sănătate.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="92" />
            <source>Il codice fiscale è troppo corto: deve avere 16 caratteri, lettere e numeri. Controlli di averli scritti tutti.</source>
            <translation>Codul fiscal este prea scurt: trebuie să aibă 16 caractere, litere și cifre. Verificați dacă le-ați scris pe toate.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="99" />
            <source>Il codice fiscale è troppo lungo: deve avere 16 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>Codul fiscal este prea lung: trebuie să aibă 16 caractere. Verificați să nu fi scris un caracter în plus.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="106" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ne mancano alcune.</source>
            <translation>Codul fiscal al unei firme sau instituții are 11 cifre: lipsesc câteva.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="112" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ce ne sono troppe.</source>
            <translation>Codul fiscal al unei firme sau instituții are 11 cifre: sunt prea multe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="118" />
            <source>Il codice fiscale contiene solo lettere e numeri, senza accenti né simboli. Controlli di non aver scritto un simbolo per sbaglio.</source>
            <translation>Codul fiscal conține doar litere și cifre, fără diacritice sau simboluri. Verificați să nu fi scris din greșeală un simbol.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="125" />
            <source>C'è una lettera al posto di un numero, o un numero al posto di una lettera. Confronti il codice con la tessera sanitaria, un carattere alla volta.</source>
            <translation>Este o literă în locul unei cifre sau o cifră în locul unei litere. Comparați codul cu cardul de sănătate, caracter cu caracter.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="132" />
            <source>La data di nascita contenuta nel codice fiscale non esiste. Controlli i caratteri dal settimo all'undicesimo: due numeri, una lettera e altri due numeri.</source>
            <translation>Data nașterii din codul fiscal nu există. Verificați caracterele de la al șaptelea la al unsprezecelea: două cifre, o literă și încă două cifre.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="139" />
            <source>Il codice fiscale non è corretto: forse un carattere è sbagliato. Lo confronti con la tessera sanitaria, un carattere alla volta, compresa l'ultima lettera.</source>
            <translation>Codul fiscal nu este corect: poate un caracter este greșit. Comparați-l cu cardul de sănătate, caracter cu caracter, inclusiv ultima literă.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="146" />
            <source>Il codice fiscale numerico non è corretto: forse una cifra è sbagliata. Lo confronti con il documento, una cifra alla volta.</source>
            <translation>Codul fiscal numeric nu este corect: poate o cifră este greșită. Comparați-l cu documentul, cifră cu cifră.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="153" />
            <source>Continui a scrivere: il codice fiscale ha 16 caratteri.</source>
            <translation>Continuați să scrieți: codul fiscal are 16 caractere.</translation>
        </message>
    </context>
    <context>
        <name>CrashScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="85" />
            <source>Qualcosa non ha funzionato. Ricominciamo.</source>
            <translation>Ceva nu a funcționat. Să începem din nou.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="87" />
            <source>Non ha sbagliato nulla. Tocchi il pulsante per tornare all'inizio.</source>
            <translation>Nu ați greșit nimic. Atingeți butonul pentru a reveni la început.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="88" />
            <source>Ricomincia</source>
            <translation>Reîncepe</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="89" />
            <source>Ricomincia dall'inizio</source>
            <translation>Reîncepe de la început</translation>
        </message>
    </context>
    <context>
        <name>CupBooking</name>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="63" />
            <source>Non troviamo una ricetta con questo numero. Controlli il numero NRE sul promemoria del medico, un carattere alla volta.</source>
            <translation>Nu găsim nicio rețetă cu acest număr. Verificați numărul NRE de pe foaia medicului, caracter cu caracter.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="67" />
            <source>Questa ricetta è urgente (priorità U): in Lombardia va prenotata entro 48 ore da quando il medico l'ha fatta, e questo tempo è passato. Chiami lo sportello CUP o torni dal suo medico.</source>
            <translation>Această rețetă este urgentă (prioritate U): în Lombardia trebuie programată în 48 de ore de la emiterea de către medic, iar acest timp a trecut. Sunați la ghișeul CUP sau mergeți din nou la medic.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="72" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>Această rețetă a expirat: este valabilă șase luni de la emitere. Cereți medicului o rețetă nouă.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="76" />
            <source>Questa ricetta è già stata usata per una prenotazione. Può vederla, spostarla o disdirla da «Le mie prenotazioni».</source>
            <translation>Această rețetă a fost deja folosită pentru o programare. O puteți vedea, muta sau anula din „Programările mele”.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="80" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli di aver scritto il codice fiscale della persona che deve fare la visita.</source>
            <translation>Această rețetă este pe numele altei persoane. Verificați dacă ați scris codul fiscal al persoanei care face consultația.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="84" />
            <source>Questa ricetta è per un'altra prestazione. Chiami lo sportello CUP.</source>
            <translation>Această rețetă este pentru altă prestație. Sunați la ghișeul CUP.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="87" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>Codul fiscal nu este valid. Vă rog să-l verificați.</translation>
        </message>
    </context>
    <context>
        <name>CupSlotPage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="182" />
            <source>urgente (U): entro 72 ore</source>
            <translation>urgentă (U): în 72 de ore</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="183" />
            <source>breve (B): entro 10 giorni</source>
            <translation>scurtă (B): în 10 zile</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="184" />
            <source>differibile (D): entro 60 giorni</source>
            <translation>amânabilă (D): în 60 de zile</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="185" />
            <source>differibile (D): entro 30 giorni</source>
            <translation>amânabilă (D): în 30 de zile</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="186" />
            <source>programmata (P): entro 120 giorni</source>
            <translation>programată (P): în 120 de zile</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="192" />
            <source>Primi posti liberi</source>
            <translation>Primele locuri libere</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="195" />
            <location filename="../../ui/book/cup_pages.py" line="197" />
            <source>entro %1</source>
            <translation>până la %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="199" />
            <source>%1 – priorità %2 (%3)</source>
            <translation>%1 – prioritate %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="202" />
            <source>Secondo le regole della Lombardia, se rifiuta una data entro il tempo massimo di attesa perde il diritto a essere visitato entro quel tempo.</source>
            <translation>Conform regulilor din Lombardia, dacă refuzați o dată din timpul maxim de așteptare, pierdeți dreptul de a fi consultat în acel timp.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="209" />
            <source>Queste date sono oltre il tempo massimo della sua priorità. Se ne sceglie una rinuncia alla garanzia dei tempi di attesa.</source>
            <translation>Aceste date depășesc timpul maxim al priorității dumneavoastră. Dacă alegeți una, renunțați la garanția timpului de așteptare.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="216" />
            <source>Entro il tempo massimo della sua priorità non ci sono posti liberi. Il primo posto libero è %1: può prenotarlo qui sotto, oppure chiamare lo sportello CUP al %2, che cercherà con lei una data entro i tempi.</source>
            <translation>Nu există locuri libere în timpul maxim al priorității dumneavoastră. Primul loc liber este %1: îl puteți programa mai jos sau puteți suna la ghișeul CUP la %2, care va căuta împreună cu dumneavoastră o dată în termen.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="223" />
            <source>Torna alle date entro il tempo massimo</source>
            <translation>Înapoi la datele din timpul maxim</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="224" />
            <source>Vedere date più lontane</source>
            <translation>Vedeți date mai îndepărtate</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../printing/daily_report.py" line="38" />
            <source>Pagamento avviso pagoPA</source>
            <translation>Plată aviz pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="39" />
            <source>Disdetta appuntamento</source>
            <translation>Anulare programare</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="40" />
            <source>Prenotazione appuntamento</source>
            <translation>Programare</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/book/done_page.py" line="149" />
            <source>Prenotazione confermata</source>
            <translation>Programare confirmată</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="150" />
            <source>Il suo codice di prenotazione:</source>
            <translation>Codul dumneavoastră de programare:</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="153" />
            <source>Codice di prenotazione %1</source>
            <translation>Cod de programare %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="162" />
            <source>Può disdire o spostare fino a %1.</source>
            <translation>Puteți anula sau muta până la %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="167" />
            <source>Per disdire o spostare questa prenotazione chiami lo sportello: %1.</source>
            <translation>Pentru a anula sau muta această programare, sunați la ghișeu: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="170" />
            <source>Cosa portare</source>
            <translation>Ce trebuie să aduceți</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="175" />
            <source>Da pagare: %1</source>
            <translation>De plată: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="178" />
            <source>Avviso pagoPA n. %1</source>
            <translation>Aviz pagoPA nr. %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="181" />
            <source>Può pagare prima dell'appuntamento a questa postazione (Paga), in farmacia, in banca o online con l'avviso pagoPA.</source>
            <translation>Puteți plăti înainte de programare la acest terminal (Plătește), la farmacie, la bancă sau online cu avizul pagoPA.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="185" />
            <source>Non si paga nulla.</source>
            <translation>Nu aveți nimic de plată.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora</source>
            <translation>Plătiți acum</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora con la carta</source>
            <translation>Plătiți acum cu cardul</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="189" />
            <source>Pago dopo</source>
            <translation>Plătesc mai târziu</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="191" />
            <source>Stampa di nuovo</source>
            <translation>Tipăriți din nou</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="192" />
            <source>Stampa la ricevuta</source>
            <translation>Tipăriți chitanța</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine</source>
            <translation>Gata</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine, torna all'inizio</source>
            <translation>Gata, înapoi la început</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="196" />
            <source>Stampa della ricevuta in corso…</source>
            <translation>Se tipărește chitanța…</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="197" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>Chitanța a fost tipărită: luați-o din imprimantă.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="199" />
            <source>La ricevuta non è stata stampata. Tocchi «Stampa la ricevuta» per riprovare o si annoti il codice di prenotazione.</source>
            <translation>Chitanța nu a fost tipărită. Atingeți „Tipăriți chitanța” pentru a încerca din nou sau notați codul de programare.</translation>
        </message>
    </context>
    <context>
        <name>ErrorScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="10" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>Operațiunea nu a putut fi finalizată. Încercați din nou peste puțin timp.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="56" />
            <source>Operazione non riuscita</source>
            <translation>Operațiunea nu a reușit</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="59" />
            <source>Riprova</source>
            <translation>Încercați din nou</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="60" />
            <source>Riprova l'operazione</source>
            <translation>Încercați din nou operațiunea</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="61" />
            <location filename="../../ui/screens/error.py" line="62" />
            <source>Torna all'inizio</source>
            <translation>Înapoi la început</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../ui/widgets/header.py" line="161" />
            <source>Inizio</source>
            <translation>Început</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="162" />
            <source>Torna all'inizio</source>
            <translation>Înapoi la început</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="163" />
            <source>Indietro</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="164" />
            <source>Torna alla pagina precedente</source>
            <translation>Înapoi la pagina anterioară</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="165" />
            <source>Lingua</source>
            <translation>Limba</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="166" />
            <source>Cambia lingua</source>
            <translation>Schimbați limba</translation>
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
            <translation>mare</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>molto grande</source>
            <translation>foarte mare</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="172" />
            <source>Dimensione del testo: %1</source>
            <translation>Mărimea textului: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="174" />
            <source>Contrasto</source>
            <translation>Contrast</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: attivo</source>
            <translation>Contrast ridicat: activ</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: spento</source>
            <translation>Contrast ridicat: oprit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="178" />
            <source>Voce</source>
            <translation>Voce</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="180" />
            <source>Lettura ad alta voce: attiva</source>
            <translation>Citire cu voce tare: activă</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="181" />
            <source>Lettura ad alta voce: spenta</source>
            <translation>Citire cu voce tare: oprită</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="182" />
            <location filename="../../ui/widgets/header.py" line="183" />
            <source>Aiuto</source>
            <translation>Ajutor</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../../ui/screens/help.py" line="80" />
            <source>Aiuto</source>
            <translation>Ajutor</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="82" />
            <source>Ha bisogno di una mano? Si rivolga allo sportello qui vicino: il personale la aiuterà volentieri a usare la postazione.</source>
            <translation>Aveți nevoie de ajutor? Adresați-vă ghișeului de alături: personalul vă va ajuta cu plăcere să folosiți terminalul.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="85" />
            <source>Per scegliere, tocchi una volta un pulsante. Non serve tenere premuto. Con «Indietro» torna alla pagina precedente, con «Inizio» alla prima pagina.</source>
            <translation>Pentru a alege, atingeți o dată un buton. Nu este nevoie să-l țineți apăsat. Cu „Înapoi” reveniți la pagina anterioară, cu „Început” la prima pagină.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="88" />
            <source>In alto trova: «Lingua» per cambiare lingua, «Testo» per ingrandire le scritte, «Contrasto» per colori più marcati e «Voce» per ascoltare le scritte.</source>
            <translation>Sus găsiți: „Limba” pentru a schimba limba, „Text” pentru a mări scrisul, „Contrast” pentru culori mai puternice și „Voce” pentru a asculta textele.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="91" />
            <source>Quando ha finito, o se non tocca lo schermo per un po', la postazione cancella i suoi dati e torna all'inizio.</source>
            <translation>Când ați terminat sau dacă nu atingeți ecranul o vreme, terminalul vă șterge datele și revine la început.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="93" />
            <location filename="../../ui/screens/help.py" line="94" />
            <source>Torna all'inizio</source>
            <translation>Înapoi la început</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusLabel</name>
        <message>
            <location filename="../../ui/help_request.py" line="172" />
            <source>Stiamo chiamando un tutor…</source>
            <translation>Chemăm un tutore…</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="173" />
            <source>Un tutor sta arrivando. Resti pure qui.</source>
            <translation>Un tutore este pe drum. Vă rog să rămâneți aici.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="174" />
            <source>Il tutor ha visto la sua richiesta e sta arrivando.</source>
            <translation>Tutorele a văzut cererea dumneavoastră și vine.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="176" />
            <source>Non siamo riusciti a chiamare un tutor. Si rivolga allo sportello.</source>
            <translation>Nu am reușit să chemăm un tutore. Adresați-vă ghișeului.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="180" />
            <source>Richiesta di aiuto</source>
            <translation>Cerere de ajutor</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../ui/screens/home.py" line="91" />
            <source>Buongiorno! Che cosa desidera fare?</source>
            <translation>Bună ziua! Ce doriți să faceți?</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Prenota</source>
            <translation>Programare</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Un appuntamento in Comune o una visita</source>
            <translation>O programare la Primărie sau o consultație</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Paga</source>
            <translation>Plată</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Un avviso pagoPA o un ticket sanitario</source>
            <translation>Un aviz pagoPA sau un tichet medical</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Le mie prenotazioni</source>
            <translation>Programările mele</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Vedere, stampare o disdire</source>
            <translation>Vedeți, tipăriți sau anulați</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Aiuto</source>
            <translation>Ajutor</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Come usare la postazione</source>
            <translation>Cum se folosește terminalul</translation>
        </message>
    </context>
    <context>
        <name>IdentifyScreen</name>
        <message>
            <location filename="../../ui/screens/identify.py" line="192" />
            <source>Il suo codice fiscale</source>
            <translation>Codul dumneavoastră fiscal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="194" />
            <source>Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore</source>
            <translation>Scrieți codul fiscal sau apropiați cardul de sănătate de cititor</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="195" />
            <source>Codice fiscale</source>
            <translation>Cod fiscal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="197" />
            <source>16 caratteri, lettere e numeri, come sulla tessera sanitaria</source>
            <translation>16 caractere, litere și cifre, ca pe cardul de sănătate</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="198" />
            <source>Continua</source>
            <translation>Continuați</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="199" />
            <source>Continua con questo codice fiscale</source>
            <translation>Continuați cu acest cod fiscal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="200" />
            <source>Attenzione</source>
            <translation>Atenție</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="201" />
            <source>Corretto</source>
            <translation>Corect</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="245" />
            <location filename="../../ui/screens/identify.py" line="249" />
            <source>Attenzione: %1</source>
            <translation>Atenție: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="254" />
            <source>Codice letto dalla tessera sanitaria. Controlli che sia il suo e tocchi «Continua».</source>
            <translation>Cod citit de pe cardul de sănătate. Verificați că este al dumneavoastră și atingeți „Continuați”.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="257" />
            <source>Il codice fiscale è corretto. Tocchi «Continua».</source>
            <translation>Codul fiscal este corect. Atingeți „Continuați”.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="261" />
            <source>Il codice fiscale ha 16 caratteri: lettere e numeri.</source>
            <translation>Codul fiscal are 16 caractere: litere și cifre.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="276" />
            <source>Manca ancora 1 carattere.</source>
            <translation>Mai lipsește 1 caracter.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="277" />
            <source>Mancano ancora %1 caratteri.</source>
            <translation>Mai lipsesc %1 caractere.</translation>
        </message>
    </context>
    <context>
        <name>IdleDialog</name>
        <message>
            <location filename="../../ui/idle_dialog.py" line="163" />
            <location filename="../../ui/idle_dialog.py" line="182" />
            <source>Le serve altro tempo?</source>
            <translation>Mai aveți nevoie de timp?</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="166" />
            <source>Da un po' non tocca lo schermo. Per proteggere i suoi dati, allo scadere del tempo la postazione cancella quello che ha scritto e torna all'inizio.</source>
            <translation>Nu ați atins ecranul de ceva vreme. Pentru a vă proteja datele, când expiră timpul terminalul șterge ce ați scris și revine la început.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="168" />
            <location filename="../../ui/idle_dialog.py" line="169" />
            <source>Sì, mi serve altro tempo</source>
            <translation>Da, am nevoie de mai mult timp</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="172" />
            <source>Il tempo a disposizione è finito. Per proteggere i suoi dati la postazione cancella quello che ha scritto e torna all'inizio. Può ricominciare subito.</source>
            <translation>Timpul disponibil s-a terminat. Pentru a vă proteja datele, terminalul șterge ce ați scris și revine la început. Puteți reîncepe imediat.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondo rimasto</source>
            <translation>secundă rămasă</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondi rimasti</source>
            <translation>secunde rămase</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="178" />
            <source>Manca 1 secondo</source>
            <translation>A mai rămas 1 secundă</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="180" />
            <source>Mancano %1 secondi</source>
            <translation>Au mai rămas %1 secunde</translation>
        </message>
    </context>
    <context>
        <name>LanguageScreen</name>
        <message>
            <location filename="../../ui/screens/language.py" line="57" />
            <source>Scelga la lingua</source>
            <translation>Alegeți limba</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="409" />
            <location filename="../../ui/main_window.py" line="421" />
            <source>SMACY – postazione self-service</source>
            <translation>SMACY – terminal self-service</translation>
        </message>
    </context>
    <context>
        <name>Maintenance</name>
        <message>
            <location filename="../../printing/maintenance.py" line="30" />
            <source>Pagina di prova</source>
            <translation>Pagină de test</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="31" />
            <source>Se legge queste righe, la stampante delle ricevute funziona.</source>
            <translation>Dacă puteți citi aceste rânduri, imprimanta de chitanțe funcționează.</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="33" />
            <source>Questa stampante non ha una coda da riavviare.</source>
            <translation>Această imprimantă nu are o coadă de repornit.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Attenzione:</source>
            <translation>Atenție:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Nota:</source>
            <translation>Notă:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="227" />
            <source>Telefono dello sportello: %1</source>
            <translation>Telefonul ghișeului: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova</source>
            <translation>Încercați din nou</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova l'operazione</source>
            <translation>Încercați din nou operațiunea</translation>
        </message>
    </context>
    <context>
        <name>MyBookings</name>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="53" />
            <source>Il codice di prenotazione è come PV-AB3CD: lo trova sul foglio della prenotazione. Se non lo ha, lasci il campo vuoto.</source>
            <translation>Codul de programare arată ca PV-AB3CD: îl găsiți pe foaia programării. Dacă nu îl aveți, lăsați câmpul gol.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="57" />
            <source>Non ci sono prenotazioni future con questo codice fiscale.</source>
            <translation>Nu există programări viitoare cu acest cod fiscal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="59" />
            <source>Ormai è troppo tardi per disdire o spostare questa prenotazione qui. Chiami lo sportello al numero qui sotto.</source>
            <translation>Acum este prea târziu pentru a anula sau muta aici această programare. Sunați la ghișeu la numărul de mai jos.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="63" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>Această programare a fost deja anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="65" />
            <source>Non ci sono altri orari liberi per spostarla. Chiami lo sportello.</source>
            <translation>Nu mai sunt alte ore libere pentru a o muta. Sunați la ghișeu.</translation>
        </message>
    </context>
    <context>
        <name>MyBookingsScreen</name>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="340" />
            <source>Può disdire o spostare la prenotazione a questa postazione o chiamando lo sportello.</source>
            <translation>Puteți anula sau muta programarea la acest terminal sau sunând la ghișeu.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="417" />
            <source>annullata</source>
            <translation>anulată</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="423" />
            <source>La prenotazione %1</source>
            <translation>Programarea %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="424" />
            <source>Vuole davvero disdire la prenotazione %1?</source>
            <translation>Doriți într-adevăr să anulați programarea %1?</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="425" />
            <source>Prenotazione %1 annullata</source>
            <translation>Programarea %1 a fost anulată</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="426" />
            <source>Spostare la prenotazione %1?</source>
            <translation>Mutați programarea %1?</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="427" />
            <source>Prenotazione %1 spostata</source>
            <translation>Programarea %1 a fost mutată</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="432" />
            <source>Nuovo orario: %1</source>
            <translation>Ora nouă: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="434" />
            <source>Il vecchio orario viene liberato solo quando il nuovo è confermato.</source>
            <translation>Ora veche se eliberează doar după ce noua oră este confirmată.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="437" />
            <source>L'orario è stato liberato per altre persone.</source>
            <translation>Ora a fost eliberată pentru alte persoane.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="440" />
            <source>Può disdirla o spostarla fino a %1.</source>
            <translation>O puteți anula sau muta până la %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="446" />
            <source>Stampa in corso…</source>
            <translation>Se tipărește…</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="447" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>Chitanța a fost tipărită: luați-o din imprimantă.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="448" />
            <source>La ricevuta non è stata stampata. Riprovi o chieda allo sportello.</source>
            <translation>Chitanța nu a fost tipărită. Încercați din nou sau întrebați la ghișeu.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="455" />
            <source>Le mie prenotazioni</source>
            <translation>Programările mele</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="457" />
            <source>Scriva il suo codice fiscale. Se ha il codice di prenotazione (lo trova sul foglio della prenotazione) lo scriva anche, altrimenti vedrà tutte le sue prenotazioni future.</source>
            <translation>Scrieți codul fiscal. Dacă aveți codul de programare (îl găsiți pe foaia programării), scrieți-l și pe acesta; altfel veți vedea toate programările viitoare.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="460" />
            <source>Codice di prenotazione (facoltativo)</source>
            <translation>Cod de programare (opțional)</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="461" />
            <source>Codice di prenotazione</source>
            <translation>Cod de programare</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="462" />
            <location filename="../../ui/book/my_bookings_screen.py" line="463" />
            <source>Codice fiscale</source>
            <translation>Cod fiscal</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca</source>
            <translation>Căutați</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca le prenotazioni</source>
            <translation>Căutați programările</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="465" />
            <source>Le sue prenotazioni: tocchi quella che le interessa</source>
            <translation>Programările dumneavoastră: atingeți-o pe cea care vă interesează</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici</source>
            <translation>Anulați</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici questa prenotazione</source>
            <translation>Anulați această programare</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta</source>
            <translation>Mutați</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta a un altro orario</source>
            <translation>Mutați la altă oră</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="468" />
            <source>Sì, disdici</source>
            <translation>Da, anulați</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="469" />
            <source>Sì, disdici la prenotazione</source>
            <translation>Da, anulați programarea</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="470" />
            <source>Sì, sposta</source>
            <translation>Da, mutați</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="471" />
            <source>Sì, sposta al nuovo orario</source>
            <translation>Da, mutați la ora nouă</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="472" />
            <source>Stampa la ricevuta</source>
            <translation>Tipăriți chitanța</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine</source>
            <translation>Gata</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine, torna all'inizio</source>
            <translation>Gata, înapoi la început</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="474" />
            <source>◀ Indietro</source>
            <translation>◀ Înapoi</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="475" />
            <source>Torna al passo precedente</source>
            <translation>Înapoi la pasul anterior</translation>
        </message>
    </context>
    <context>
        <name>Nre</name>
        <message>
            <location filename="../../kiosk/nre.py" line="60" />
            <source>Scriva il numero della ricetta elettronica (NRE): lo trova in alto sul promemoria che le ha dato il medico.</source>
            <translation>Scrieți numărul rețetei electronice (NRE): îl găsiți sus pe foaia primită de la medic.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="67" />
            <source>Il numero della ricetta è troppo corto: deve avere 15 caratteri. Controlli di averli scritti tutti.</source>
            <translation>Numărul rețetei este prea scurt: trebuie să aibă 15 caractere. Verificați dacă le-ați scris pe toate.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="74" />
            <source>Il numero della ricetta è troppo lungo: deve avere 15 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>Numărul rețetei este prea lung: trebuie să aibă 15 caractere. Verificați să nu fi scris un caracter în plus.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="81" />
            <source>Il numero della ricetta contiene solo lettere e numeri, senza simboli. Lo confronti con il promemoria, un carattere alla volta.</source>
            <translation>Numărul rețetei conține doar litere și cifre, fără simboluri. Comparați-l cu foaia, caracter cu caracter.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="88" />
            <source>Questa ricetta è stata fatta fuori dalla Lombardia e qui non posso prenotarla. Si rivolga allo sportello, per favore.</source>
            <translation>Această rețetă a fost emisă în afara Lombardiei și nu o pot programa aici. Adresați-vă ghișeului, vă rog.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="295" />
            <source>Questa ricetta è urgente (classe U) e andava prenotata entro 48 ore da quando è stata fatta. Ora non posso prenotarla: si rivolga allo sportello o al suo medico.</source>
            <translation>Această rețetă este urgentă (clasa U) și trebuia programată în 48 de ore de la emitere. Acum nu o mai pot programa: adresați-vă ghișeului sau medicului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="302" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>Această rețetă a expirat: este valabilă șase luni de la emitere. Cereți medicului o rețetă nouă.</translation>
        </message>
    </context>
    <context>
        <name>NrePage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="96" />
            <source>Il numero della ricetta</source>
            <translation>Numărul rețetei</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="98" />
            <source>Scriva il numero della ricetta elettronica (NRE, 15 caratteri: lo trova in alto sul promemoria del medico) oppure avvicini il codice a barre al lettore.</source>
            <translation>Scrieți numărul rețetei electronice (NRE, 15 caractere: îl găsiți sus pe foaia medicului) sau apropiați codul de bare de cititor.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="100" />
            <source>Numero della ricetta elettronica</source>
            <translation>Numărul rețetei electronice</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="101" />
            <source>Continua</source>
            <translation>Continuați</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="102" />
            <source>Continua con questo numero di ricetta</source>
            <translation>Continuați cu acest număr de rețetă</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="105" />
            <source>Attenzione: %1</source>
            <translation>Atenție: %1</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="126" />
            <source>Cifra %1</source>
            <translation>Cifra %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="127" />
            <source>⌫ Cancella</source>
            <translation>⌫ Șterge</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="128" />
            <source>Cancella l'ultima cifra</source>
            <translation>Ștergeți ultima cifră</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="129" />
            <source>Svuota</source>
            <translation>Golește</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="130" />
            <source>Cancella tutte le cifre</source>
            <translation>Ștergeți toate cifrele</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="131" />
            <source>✓ Conferma</source>
            <translation>✓ Confirmă</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="132" />
            <source>Conferma</source>
            <translation>Confirmă</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="169" />
            <source>In quale ufficio preferisce andare?</source>
            <translation>La ce birou preferați să mergeți?</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="177" />
            <source>Cifra %1</source>
            <extracomment>Letter rows of each layout, and how far each row is indented (in key widths).</extracomment>
            <translation>Cifra %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="179" />
            <source>Lettera %1</source>
            <translation>Litera %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="180" />
            <source>⌫ Cancella</source>
            <translation>⌫ Șterge</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="181" />
            <source>Cancella l'ultimo carattere</source>
            <translation>Ștergeți ultimul caracter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="182" />
            <source>Svuota</source>
            <translation>Golește</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="183" />
            <source>Cancella tutto il testo</source>
            <translation>Ștergeți tot textul</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="185" />
            <source>QWERTY</source>
            <translation>QWERTY</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="187" />
            <source>Mostra le lettere come sulla tastiera del computer</source>
            <translation>Arată literele ca pe tastatura calculatorului</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="189" />
            <source>A B C</source>
            <translation>A B C</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="190" />
            <source>Mostra le lettere in ordine alfabetico</source>
            <translation>Arată literele în ordine alfabetică</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="191" />
            <source>✓ Conferma</source>
            <translation>✓ Confirmă</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="192" />
            <source>Conferma</source>
            <translation>Confirmă</translation>
        </message>
    </context>
    <context>
        <name>OutOfServiceScreen</name>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="29" />
            <source>Postazione momentaneamente non disponibile</source>
            <translation>Terminal momentan indisponibil</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="31" />
            <source>Non riusciamo a collegarci ai servizi del Comune e dell'ASST. La postazione riprova da sola e tornerà disponibile appena possibile.</source>
            <translation>Nu reușim să ne conectăm la serviciile Primăriei și ale ASST. Terminalul reîncearcă singur și va fi din nou disponibil cât mai curând.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="34" />
            <source>Se ha bisogno subito, si rivolga allo sportello: il personale la aiuterà.</source>
            <translation>Dacă aveți nevoie imediat, adresați-vă ghișeului: personalul vă va ajuta.</translation>
        </message>
    </context>
    <context>
        <name>PagoPA</name>
        <message>
            <location filename="../../kiosk/pagopa.py" line="85" />
            <source>Scriva il codice avviso: sono 18 cifre, le trova sull'avviso di pagamento accanto alla scritta «Codice avviso».</source>
            <translation>Scrieți codul avizului: are 18 cifre și îl găsiți pe avizul de plată lângă textul „Codice avviso”.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="92" />
            <source>Il codice avviso contiene solo numeri. Controlli di non aver scritto lettere o simboli.</source>
            <translation>Codul avizului conține doar cifre. Verificați să nu fi scris litere sau simboluri.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="99" />
            <source>Il codice avviso è troppo corto: deve avere 18 cifre. Controlli di averle scritte tutte.</source>
            <translation>Codul avizului este prea scurt: trebuie să aibă 18 cifre. Verificați dacă le-ați scris pe toate.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="106" />
            <source>Il codice avviso è troppo lungo: deve avere 18 cifre. Controlli di non aver scritto una cifra in più.</source>
            <translation>Codul avizului este prea lung: trebuie să aibă 18 cifre. Verificați să nu fi scris o cifră în plus.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="113" />
            <source>Questo non sembra un codice avviso pagoPA: di solito inizia con 3. Controlli di aver copiato il numero accanto alla scritta «Codice avviso».</source>
            <translation>Acesta nu pare un cod de aviz pagoPA: de obicei începe cu 3. Verificați dacă ați copiat numărul de lângă textul „Codice avviso”.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="120" />
            <source>Il codice letto non contiene un codice avviso valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Codul citit nu conține un cod de aviz valid. Încercați din nou sau scrieți codul avizului de mână.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="127" />
            <source>Questo codice non è il QR code di un avviso pagoPA. Inquadri il QR code stampato sull'avviso, oppure scriva il codice avviso.</source>
            <translation>Acesta nu este codul QR al unui aviz pagoPA. Arătați codul QR tipărit pe aviz sau scrieți codul avizului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="134" />
            <source>Questo QR code pagoPA è di un tipo che non posso leggere. Scriva il codice avviso a mano, per favore.</source>
            <translation>Nu pot citi acest tip de cod QR pagoPA. Vă rog să scrieți codul avizului de mână.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="141" />
            <source>Ho letto solo una parte del codice. Avvicini di nuovo l'avviso al lettore, tenendolo fermo, oppure scriva il codice avviso.</source>
            <translation>Am citit doar o parte din cod. Apropiați din nou avizul de cititor, ținându-l nemișcat, sau scrieți codul avizului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="148" />
            <source>Il codice letto non contiene un codice fiscale dell'ente valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Codul citit nu conține un cod fiscal valid al instituției. Încercați din nou sau scrieți codul avizului de mână.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="155" />
            <source>Il codice letto non contiene un importo valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Codul citit nu conține o sumă validă. Încercați din nou sau scrieți codul avizului de mână.</translation>
        </message>
    </context>
    <context>
        <name>PayScreen</name>
        <message>
            <location filename="../../ui/pay/screen.py" line="789" />
            <source>Stiamo controllando l'avviso…</source>
            <translation>Verificăm avizul…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="796" />
            <source>Pagare un avviso pagoPA</source>
            <translation>Plătiți un aviz pagoPA</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="798" />
            <source>Avvicini al lettore il QR code stampato sull'avviso: il resto lo facciamo noi. Oppure scriva qui sotto il codice avviso.</source>
            <translation>Apropiați de cititor codul QR tipărit pe aviz: restul îl facem noi. Sau scrieți mai jos codul avizului.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="800" />
            <source>Codice avviso (18 cifre)</source>
            <translation>Codul avizului (18 cifre)</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="801" />
            <source>Codice avviso</source>
            <translation>Codul avizului</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="803" />
            <source>18 cifre, le trova sull'avviso accanto alla scritta Codice avviso</source>
            <translation>18 cifre, pe aviz lângă textul Codice avviso</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="804" />
            <source>Ente che ha emesso l'avviso</source>
            <translation>Instituția care a emis avizul</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="805" />
            <source>oppure il suo codice fiscale (11 cifre):</source>
            <translation>sau codul ei fiscal (11 cifre):</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="806" />
            <source>Codice fiscale dell'ente creditore</source>
            <translation>Codul fiscal al instituției creditoare</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="807" />
            <location filename="../../ui/pay/screen.py" line="808" />
            <source>Controlla l'avviso</source>
            <translation>Verificați avizul</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="809" />
            <source>Ticket sanitario</source>
            <translation>Tichet medical</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="811" />
            <source>Pagare il ticket sanitario di una prenotazione</source>
            <translation>Plătiți tichetul medical al unei programări</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="812" />
            <source>Enti</source>
            <translation>Instituții</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="818" />
            <source>Scelga l'ente che ha emesso l'avviso, oppure scriva il suo codice fiscale di 11 cifre.</source>
            <translation>Alegeți instituția care a emis avizul sau scrieți codul ei fiscal de 11 cifre.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="823" />
            <location filename="../../ui/pay/screen.py" line="852" />
            <location filename="../../ui/pay/screen.py" line="979" />
            <source>Attenzione</source>
            <translation>Atenție</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="827" />
            <source>Pagare il ticket di una prenotazione</source>
            <translation>Plătiți tichetul unei programări</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="829" />
            <source>Scriva il codice della prenotazione e il codice fiscale della persona prenotata.</source>
            <translation>Scrieți codul programării și codul fiscal al persoanei programate.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="830" />
            <location filename="../../ui/pay/screen.py" line="831" />
            <source>Codice prenotazione</source>
            <translation>Cod programare</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="832" />
            <location filename="../../ui/pay/screen.py" line="833" />
            <source>Codice fiscale</source>
            <translation>Cod fiscal</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="834" />
            <source>Cerca il ticket</source>
            <translation>Căutați tichetul</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="835" />
            <source>Cerca il ticket da pagare</source>
            <translation>Căutați tichetul de plată</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="837" />
            <source>Indietro</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="838" />
            <source>Torna al codice avviso</source>
            <translation>Înapoi la codul avizului</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="842" />
            <source>Stiamo cercando la prenotazione…</source>
            <translation>Căutăm programarea…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="846" />
            <source>Scriva il codice della prenotazione.</source>
            <translation>Scrieți codul programării.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="849" />
            <source>Il codice fiscale non è completo o non è corretto. Lo controlli, per favore.</source>
            <translation>Codul fiscal nu este complet sau nu este corect. Vă rog să-l verificați.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="857" />
            <source>Controlli i dati dell'avviso</source>
            <translation>Verificați datele avizului</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="858" />
            <source>Importo da pagare</source>
            <translation>Suma de plată</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="859" />
            <source>Paga con la carta</source>
            <translation>Plătiți cu cardul</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="860" />
            <source>Annulla</source>
            <translation>Renunțați</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="861" />
            <source>Annulla e torna al codice avviso</source>
            <translation>Renunțați și reveniți la codul avizului</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="866" />
            <source>Paga</source>
            <translation>Plată</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="872" />
            <location filename="../../ui/pay/screen.py" line="922" />
            <source>Importo: %1</source>
            <translation>Sumă: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="873" />
            <source>Da pagare entro il %1</source>
            <translation>De plătit până la %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="875" />
            <source>Codice avviso: %1</source>
            <translation>Codul avizului: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="877" />
            <source>Paga %1 con la carta</source>
            <translation>Plătiți %1 cu cardul</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="881" />
            <source>Avviso non trovato</source>
            <translation>Aviz negăsit</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="882" />
            <source>Avviso scaduto</source>
            <translation>Aviz expirat</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="883" />
            <source>Avviso annullato dall'ente</source>
            <translation>Aviz anulat de instituție</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="884" />
            <source>Avviso già pagato</source>
            <translation>Aviz deja plătit</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="885" />
            <source>Pagamento già in corso</source>
            <translation>Plată deja în curs</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="886" />
            <source>Dati dell'avviso non corretti</source>
            <translation>Datele avizului nu sunt corecte</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="887" />
            <source>L'ente non risponde</source>
            <translation>Instituția nu răspunde</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="888" />
            <source>Problema temporaneo</source>
            <translation>Problemă temporară</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="889" />
            <source>Errore imprevisto</source>
            <translation>Eroare neașteptată</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="890" />
            <location filename="../../ui/pay/screen.py" line="891" />
            <location filename="../../ui/pay/screen.py" line="892" />
            <source>Il servizio non risponde</source>
            <translation>Serviciul nu răspunde</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="895" />
            <location filename="../../ui/pay/screen.py" line="896" />
            <source>Qualcosa non ha funzionato</source>
            <translation>Ceva nu a funcționat</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="905" />
            <source>Se il pagamento fosse già partito, non le verrà addebitato due volte.</source>
            <translation>Dacă plata începuse deja, nu veți fi taxat de două ori.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="907" />
            <source>Messaggio</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="910" />
            <location filename="../../ui/pay/screen.py" line="911" />
            <source>Riprova</source>
            <translation>Încercați din nou</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="913" />
            <source>Correggi i dati</source>
            <translation>Corectați datele</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="914" />
            <source>Correggi il codice avviso o l'ente</source>
            <translation>Corectați codul avizului sau instituția</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="915" />
            <source>Torna all'inizio</source>
            <translation>Înapoi la început</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="916" />
            <source>Torna alla pagina iniziale</source>
            <translation>Înapoi la pagina de început</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="923" />
            <source>Terminale di pagamento</source>
            <translation>Terminal de plată</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="924" />
            <source>Inserisca o avvicini la carta al terminale</source>
            <translation>Introduceți sau apropiați cardul de terminal</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="926" />
            <location filename="../../ui/pay/screen.py" line="927" />
            <source>Stiamo preparando il terminale…</source>
            <translation>Pregătim terminalul…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="929" />
            <source>Il terminale è pronto. Segua le istruzioni sul terminale.</source>
            <translation>Terminalul este pregătit. Urmați instrucțiunile de pe terminal.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="930" />
            <source>Stiamo annullando il pagamento…</source>
            <translation>Anulăm plata…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="933" />
            <source>Stato del pagamento</source>
            <translation>Starea plății</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="934" />
            <location filename="../../ui/pay/screen.py" line="935" />
            <source>Annulla il pagamento</source>
            <translation>Anulați plata</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="943" />
            <source>Non le è stato addebitato nulla.</source>
            <translation>Nu vi s-a încasat nimic.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="946" />
            <source>Pagamento riuscito</source>
            <translation>Plată reușită</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="947" />
            <source>Ha pagato %1 a %2.</source>
            <translation>Ați plătit %1 către %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="950" />
            <source>Stiamo preparando la ricevuta…</source>
            <translation>Pregătim chitanța…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="953" />
            <source>La ricevuta sarà disponibile tra poco: il personale può stamparla.</source>
            <translation>Chitanța va fi disponibilă în curând: personalul o poate tipări.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="956" />
            <source>Ritiri la ricevuta dalla stampante. Codice ricevuta: %1</source>
            <translation>Luați chitanța din imprimantă. Codul chitanței: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="960" />
            <source>La stampante non è disponibile: la ricevuta è salvata e il personale può stamparla con il codice %1.</source>
            <translation>Imprimanta nu este disponibilă: chitanța este salvată și personalul o poate tipări cu codul %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="963" />
            <source>Pagamento non riuscito</source>
            <translation>Plata nu a reușit</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="964" />
            <source>La carta non è stata accettata.</source>
            <translation>Cardul nu a fost acceptat.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="965" />
            <source>Può riprovare con un'altra carta.</source>
            <translation>Puteți încerca din nou cu alt card.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="967" />
            <source>Pagamento annullato</source>
            <translation>Plată anulată</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="968" />
            <source>Può riprovare quando vuole.</source>
            <translation>Puteți încerca din nou oricând doriți.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="970" />
            <source>Tempo scaduto</source>
            <translation>Timpul a expirat</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="971" />
            <source>Il terminale non ha ricevuto la carta in tempo.</source>
            <translation>Terminalul nu a primit cardul la timp.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="972" />
            <source>Può riprovare.</source>
            <translation>Puteți încerca din nou.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="978" />
            <source>Riuscito</source>
            <translation>Reușit</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa un'altra copia</source>
            <translation>Tipăriți încă o copie</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa la ricevuta</source>
            <translation>Tipăriți chitanța</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="987" />
            <source>Stampa in corso…</source>
            <translation>Se tipărește…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="988" />
            <source>Ricevuta stampata.</source>
            <translation>Chitanță tipărită.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="990" />
            <source>La stampante non risponde. Il personale può stampare la ricevuta.</source>
            <translation>Imprimanta nu răspunde. Personalul poate tipări chitanța.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1003" />
            <location filename="../../ui/pay/screen.py" line="1004" />
            <source>Riprova il pagamento</source>
            <translation>Încercați din nou plata</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1006" />
            <source>Fine</source>
            <translation>Gata</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1007" />
            <source>Fine, torna alla pagina iniziale</source>
            <translation>Gata, înapoi la pagina de început</translation>
        </message>
    </context>
    <context>
        <name>PinOverlay</name>
        <message>
            <location filename="../../ui/screens/pin.py" line="196" />
            <source>Accesso tutor e personale</source>
            <translation>Acces tutori și personal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="197" />
            <source>Digiti il PIN personale e tocchi «Conferma».</source>
            <translation>Introduceți PIN-ul personal și atingeți „Confirmă”.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="198" />
            <source>Tastierino del PIN</source>
            <translation>Tastatura PIN</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="201" />
            <source>Tasto del PIN</source>
            <translation>Tastă PIN</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="202" />
            <source>⌫</source>
            <translation>⌫</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="203" />
            <source>Cancella l'ultima cifra</source>
            <translation>Ștergeți ultima cifră</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="204" />
            <source>Annulla</source>
            <translation>Renunțați</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="205" />
            <source>Annulla e chiudi il tastierino</source>
            <translation>Renunțați și închideți tastatura</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="206" />
            <source>✓ Conferma</source>
            <translation>✓ Confirmă</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="207" />
            <source>Conferma il PIN</source>
            <translation>Confirmați PIN-ul</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="224" />
            <source>PIN: nessuna cifra inserita</source>
            <translation>PIN: nicio cifră introdusă</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/pin.py" line="226" />
            <source>PIN: %n cifre inserite</source>
            <translation>
                <numerusform>PIN: %n cifră introdusă</numerusform>
                <numerusform>PIN: %n cifre introduse</numerusform>
                <numerusform>PIN: %n de cifre introduse</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="246" />
            <source>PIN non corretto. Tentativi rimasti prima del blocco: %1.</source>
            <translation>PIN greșit. Încercări rămase înainte de blocare: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="249" />
            <source>Troppi PIN errati: il tastierino è bloccato. Riprovi tra %1.</source>
            <translation>Prea multe PIN-uri greșite: tastatura este blocată. Încercați din nou peste %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="252" />
            <source>Verifica in corso…</source>
            <translation>Se verifică…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="254" />
            <source>Non è stato possibile verificare il PIN. Riprovi.</source>
            <translation>PIN-ul nu a putut fi verificat. Încercați din nou.</translation>
        </message>
    </context>
    <context>
        <name>Printer</name>
        <message>
            <location filename="../../printing/backends/base.py" line="107" />
            <source>La stampante è pronta.</source>
            <translation>Imprimanta este pregătită.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="108" />
            <source>La stampante è ferma.</source>
            <translation>Imprimanta este oprită.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="109" />
            <source>La stampante non accetta stampe.</source>
            <translation>Imprimanta nu acceptă tipăriri.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="110" />
            <source>La stampante è in pausa.</source>
            <translation>Imprimanta este în pauză.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="111" />
            <source>La stampante non è configurata.</source>
            <translation>Imprimanta nu este configurată.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="112" />
            <source>Il servizio di stampa non risponde.</source>
            <translation>Serviciul de tipărire nu răspunde.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="113" />
            <source>La carta è finita.</source>
            <translation>S-a terminat hârtia.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="114" />
            <source>La carta è inceppata.</source>
            <translation>Hârtia s-a blocat.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="115" />
            <source>Lo sportello della stampante è aperto.</source>
            <translation>Capacul imprimantei este deschis.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="116" />
            <source>La stampante è spenta o scollegata.</source>
            <translation>Imprimanta este oprită sau deconectată.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="117" />
            <source>Stampa completata.</source>
            <translation>Tipărire finalizată.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="119" />
            <source>La stampante si è fermata: la stampa è stata annullata.</source>
            <translation>Imprimanta s-a oprit: tipărirea a fost anulată.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="121" />
            <source>La stampa non è riuscita.</source>
            <translation>Tipărirea nu a reușit.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="122" />
            <source>La stampa è stata annullata.</source>
            <translation>Tipărirea a fost anulată.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="124" />
            <source>La stampante non ha risposto in tempo: stampa annullata.</source>
            <translation>Imprimanta nu a răspuns la timp: tipărire anulată.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="126" />
            <source>La stampa non è stata accettata.</source>
            <translation>Tipărirea nu a fost acceptată.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="127" />
            <source>Il documento da stampare non esiste.</source>
            <translation>Documentul de tipărit nu există.</translation>
        </message>
    </context>
    <context>
        <name>PrinterNotice</name>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Attenzione: la stampante non è disponibile. Può continuare: la ricevuta comparirà sullo schermo e potrà farla stampare allo sportello.</source>
            <translation>Atenție: imprimanta nu este disponibilă. Puteți continua: chitanța va apărea pe ecran și o puteți tipări la ghișeu.</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../../printing/labels.py" line="33" />
            <source>Ricevuta di pagamento</source>
            <translation>Chitanță de plată</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="34" />
            <source>Attestazione di pagamento pagoPA</source>
            <translation>Atestare de plată pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="35" />
            <source>Conferma di prenotazione</source>
            <translation>Confirmare de programare</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="36" />
            <source>Disdetta della prenotazione</source>
            <translation>Anularea programării</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="37" />
            <source>Riepilogo giornaliero</source>
            <translation>Rezumat zilnic</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="40" />
            <source>Data e ora</source>
            <translation>Data și ora</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="41" />
            <source>Ente creditore</source>
            <translation>Instituția creditoare</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="42" />
            <source>Codice fiscale ente</source>
            <translation>Codul fiscal al instituției</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="43" />
            <source>Causale</source>
            <translation>Motivul plății</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="44" />
            <source>Codice avviso</source>
            <translation>Codul avizului</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="45" />
            <source>IUV (codice identificativo del versamento)</source>
            <translation>IUV (identificatorul unic al plății)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="46" />
            <source>Importo</source>
            <translation>Sumă</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="47" />
            <source>Commissione</source>
            <translation>Comision</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="48" />
            <source>Totale pagato</source>
            <translation>Total plătit</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="49" />
            <source>Prestatore del servizio di pagamento</source>
            <translation>Prestatorul serviciului de plată</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="50" />
            <source>Codice fiscale prestatore</source>
            <translation>Codul fiscal al prestatorului</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="51" />
            <source>Numero univoco del pagamento</source>
            <translation>Numărul unic al plății</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="52" />
            <source>IUR (identificativo della riscossione)</source>
            <translation>IUR (identificatorul încasării)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="54" />
            <source>Conservi questa ricevuta: attesta il pagamento effettuato.</source>
            <translation>Păstrați această chitanță: atestă plata efectuată.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="58" />
            <source>Codice prenotazione</source>
            <translation>Cod programare</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="59" />
            <source>Paziente (codice fiscale)</source>
            <translation>Pacient (cod fiscal)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="60" />
            <source>Prestazione</source>
            <translation>Prestație</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="61" />
            <source>Quando</source>
            <translation>Când</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="62" />
            <source>dalle %1 alle %2</source>
            <translation>de la %1 la %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="63" />
            <source>Dove</source>
            <translation>Unde</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="64" />
            <source>Cosa portare</source>
            <translation>Ce trebuie să aduceți</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="65" />
            <source>Ticket da pagare</source>
            <translation>Tichet de plată</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="66" />
            <source>Nessun ticket da pagare</source>
            <translation>Niciun tichet de plată</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="67" />
            <source>Paghi il ticket con l'avviso pagoPA</source>
            <translation>Plătiți tichetul cu avizul pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="68" />
            <source>Per disdire</source>
            <translation>Pentru anulare</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="69" />
            <source>Disdica entro: %1</source>
            <translation>Anulați până la: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="71" />
            <source>Inquadri il codice con il telefono per salvare l'appuntamento</source>
            <translation>Scanați codul cu telefonul pentru a salva programarea</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="73" />
            <source>Appuntamento disdetto</source>
            <translation>Programare anulată</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="74" />
            <source>Disdetta registrata il</source>
            <translation>Anulare înregistrată la</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="76" />
            <source>La prenotazione è stata disdetta. Non deve presentarsi.</source>
            <translation>Programarea a fost anulată. Nu trebuie să vă prezentați.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="80" />
            <source>Giorno</source>
            <translation>Ziua</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="81" />
            <source>Servizi completati</source>
            <translation>Servicii finalizate</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="82" />
            <source>Nessun servizio completato</source>
            <translation>Niciun serviciu finalizat</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="83" />
            <source>Incassi per ente</source>
            <translation>Încasări pe instituție</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="84" />
            <source>Nessun pagamento</source>
            <translation>Nicio plată</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="85" />
            <source>Pagamenti: %1</source>
            <translation>Plăți: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="86" />
            <source>di cui commissioni: %1</source>
            <translation>din care comisioane: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="87" />
            <source>Totale incassato</source>
            <translation>Total încasat</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="88" />
            <source>Sessioni</source>
            <translation>Sesiuni</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="89" />
            <source>Con assistenza di un tutor</source>
            <translation>Cu ajutorul unui tutore</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="90" />
            <source>Stampe non riuscite</source>
            <translation>Tipăriri nereușite</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="91" />
            <source>Percorsi abbandonati</source>
            <translation>Parcursuri abandonate</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="94" />
            <source>Postazione</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="95" />
            <source>Emessa il</source>
            <translation>Emisă la</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="96" />
            <source>Assistito da un tutor: %1</source>
            <translation>Asistat de un tutore: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="97" />
            <source>Codice ricevuta</source>
            <translation>Codul chitanței</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="99" />
            <source>Mostri questo codice allo sportello per ritrovare la ricevuta</source>
            <translation>Arătați acest cod la ghișeu pentru a regăsi chitanța</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="101" />
            <source>Pagina %1 di %2</source>
            <translation>Pagina %1 din %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="102" />
            <source>%1, ore %2</source>
            <translation>%1, ora %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="105" />
            <source>lunedì</source>
            <translation>luni</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="106" />
            <source>martedì</source>
            <translation>marți</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="107" />
            <source>mercoledì</source>
            <translation>miercuri</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="108" />
            <source>giovedì</source>
            <translation>joi</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="109" />
            <source>venerdì</source>
            <translation>vineri</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="110" />
            <source>sabato</source>
            <translation>sâmbătă</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="111" />
            <source>domenica</source>
            <translation>duminică</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="114" />
            <source>gennaio</source>
            <translation>ianuarie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="115" />
            <source>febbraio</source>
            <translation>februarie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="116" />
            <source>marzo</source>
            <translation>martie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="117" />
            <source>aprile</source>
            <translation>aprilie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="118" />
            <source>maggio</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="119" />
            <source>giugno</source>
            <translation>iunie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="120" />
            <source>luglio</source>
            <translation>iulie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="121" />
            <source>agosto</source>
            <translation>august</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="122" />
            <source>settembre</source>
            <translation>septembrie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="123" />
            <source>ottobre</source>
            <translation>octombrie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="124" />
            <source>novembre</source>
            <translation>noiembrie</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="125" />
            <source>dicembre</source>
            <translation>decembrie</translation>
        </message>
    </context>
    <context>
        <name>ReceiptFallback</name>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="103" />
            <source>La ricevuta non è stata stampata, ma è conservata.</source>
            <translation>Chitanța nu a fost tipărită, dar este păstrată.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="106" />
            <source>Fotografi il codice QR con il telefono, oppure mostri questo codice allo sportello: il personale le stampa la ricevuta.</source>
            <translation>Fotografiați codul QR cu telefonul sau arătați acest cod la ghișeu: personalul vă tipărește chitanța.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="108" />
            <source>Codice QR della ricevuta</source>
            <translation>Codul QR al chitanței</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="110" />
            <source>Codice ricevuta: %1</source>
            <translation>Codul chitanței: %1</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../ui/scan_router.py" line="49" />
            <source>Questo codice non si può usare in questa schermata.</source>
            <translation>Acest cod nu poate fi folosit pe acest ecran.</translation>
        </message>
    </context>
    <context>
        <name>Scanner</name>
        <message>
            <location filename="../../kiosk/scanner.py" line="229" />
            <source>Questo codice non è tra quelli che posso leggere qui.</source>
            <translation>Acest cod nu este printre cele pe care le pot citi aici.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="232" />
            <source>Non sono riuscito a leggere bene il codice fiscale. Passi di nuovo la tessera sanitaria davanti al lettore, oppure scriva il codice a mano.</source>
            <translation>Nu am putut citi bine codul fiscal. Treceți din nou cardul de sănătate prin fața cititorului sau scrieți codul de mână.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="239" />
            <source>Il tesserino non è stato letto bene. Lo passi di nuovo davanti al lettore.</source>
            <translation>Legitimația nu a fost citită bine. Treceți-o din nou prin fața cititorului.</translation>
        </message>
    </context>
    <context>
        <name>ScrollColumn</name>
        <message>
            <location filename="../../ui/widgets/scroll.py" line="66" />
            <source>Scorrere per vedere il resto della pagina</source>
            <translation>Derulați pentru a vedea restul paginii</translation>
        </message>
    </context>
    <context>
        <name>ServiceError</name>
        <message>
            <location filename="../../kiosk/services/errors.py" line="20" />
            <source>Non troviamo questo avviso. Controlli il numero e l'ente creditore.</source>
            <translation>Nu găsim acest aviz. Verificați numărul și instituția creditoare.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="23" />
            <source>Questo avviso è scaduto e non si può più pagare qui. Si rivolga all'ente che lo ha emesso.</source>
            <translation>Acest aviz a expirat și nu mai poate fi plătit aici. Adresați-vă instituției care l-a emis.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="28" />
            <source>Questo avviso è stato annullato dall'ente e non va pagato.</source>
            <translation>Acest aviz a fost anulat de instituție și nu trebuie plătit.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="32" />
            <source>Questo avviso risulta già pagato. Non deve pagarlo di nuovo.</source>
            <translation>Acest aviz este deja plătit. Nu trebuie să-l plătiți din nou.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="35" />
            <source>Un pagamento di questo avviso è già in corso. Attenda qualche minuto e riprovi.</source>
            <translation>O plată pentru acest aviz este deja în curs. Așteptați câteva minute și încercați din nou.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="39" />
            <source>I dati dell'avviso non corrispondono. Controlli il numero, l'ente e l'importo.</source>
            <translation>Datele avizului nu corespund. Verificați numărul, instituția și suma.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="43" />
            <source>L'ente creditore non risponde in questo momento. Riprovi più tardi.</source>
            <translation>Instituția creditoare nu răspunde în acest moment. Încercați mai târziu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="47" />
            <source>C'è un problema temporaneo con questo avviso. Riprovi tra qualche minuto.</source>
            <translation>Există o problemă temporară cu acest aviz. Încercați din nou peste câteva minute.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="51" />
            <source>Si è verificato un errore imprevisto. Nessun importo è stato addebitato. Riprovi.</source>
            <translation>A apărut o eroare neașteptată. Nu s-a încasat nicio sumă. Încercați din nou.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="56" />
            <source>Non troviamo questa ricetta. Controlli il codice NRE.</source>
            <translation>Nu găsim această rețetă. Verificați codul NRE.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="59" />
            <source>Questa ricetta è scaduta (vale 6 mesi). Chieda una nuova ricetta al suo medico.</source>
            <translation>Această rețetă a expirat (este valabilă 6 luni). Cereți medicului o rețetă nouă.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="63" />
            <source>Questa ricetta è già stata usata per una prenotazione.</source>
            <translation>Această rețetă a fost deja folosită pentru o programare.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="66" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli il codice fiscale.</source>
            <translation>Această rețetă este pe numele altei persoane. Verificați codul fiscal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="70" />
            <source>Una ricetta urgente va prenotata entro 48 ore. Si rivolga allo sportello o al suo medico.</source>
            <translation>O rețetă urgentă trebuie programată în 48 de ore. Adresați-vă ghișeului sau medicului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="75" />
            <source>Per questa prestazione serve la ricetta elettronica (codice NRE).</source>
            <translation>Pentru această prestație este nevoie de rețeta electronică (cod NRE).</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="78" />
            <source>Questa ricetta è per un'altra prestazione.</source>
            <translation>Această rețetă este pentru altă prestație.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="82" />
            <source>Questo orario è appena stato preso. Ecco gli orari ancora liberi.</source>
            <translation>Această oră tocmai a fost luată. Iată orele încă libere.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="85" />
            <source>Questo orario non è più disponibile. Scelga un altro orario.</source>
            <translation>Această oră nu mai este disponibilă. Alegeți altă oră.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="88" />
            <source>Questo servizio non è disponibile. Scelga un altro servizio.</source>
            <translation>Acest serviciu nu este disponibil. Alegeți alt serviciu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="91" />
            <source>Non troviamo la prenotazione. Controlli il codice di prenotazione e il codice fiscale.</source>
            <translation>Nu găsim programarea. Verificați codul de programare și codul fiscal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="95" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>Această programare a fost deja anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="98" />
            <source>È troppo tardi per annullare o spostare qui questa prenotazione. Chiami o si rechi allo sportello.</source>
            <translation>Este prea târziu pentru a anula sau muta aici această programare. Sunați sau mergeți la ghișeu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="103" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>Codul fiscal nu este valid. Vă rog să-l verificați.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="107" />
            <source>Non troviamo questo pagamento. Chieda aiuto al personale.</source>
            <translation>Nu găsim această plată. Cereți ajutorul personalului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="110" />
            <source>Il pagamento è già concluso e non si può più annullare.</source>
            <translation>Plata este deja încheiată și nu mai poate fi anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="113" />
            <source>Non troviamo questa ricevuta. Chieda aiuto al personale.</source>
            <translation>Nu găsim această chitanță. Cereți ajutorul personalului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="116" />
            <source>La richiesta di aiuto non è stata trovata. La ripeta, per favore.</source>
            <translation>Cererea de ajutor nu a fost găsită. Vă rog să o repetați.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="126" />
            <source>La richiesta non è andata a buon fine. Chieda aiuto al personale.</source>
            <translation>Cererea nu a reușit. Cereți ajutorul personalului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="129" />
            <source>Il servizio non è raggiungibile in questo momento. Riprovi tra poco o chieda aiuto al personale.</source>
            <translation>Serviciul nu poate fi accesat în acest moment. Încercați din nou peste puțin timp sau cereți ajutorul personalului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="134" />
            <source>Il servizio sta rispondendo troppo lentamente. Riprovi tra poco.</source>
            <translation>Serviciul răspunde prea încet. Încercați din nou peste puțin timp.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="137" />
            <source>Il servizio ha un problema temporaneo. Riprovi tra poco.</source>
            <translation>Serviciul are o problemă temporară. Încercați din nou peste puțin timp.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="140" />
            <source>Il servizio ha dato una risposta che non capiamo. Chieda aiuto al personale.</source>
            <translation>Serviciul a dat un răspuns pe care nu îl înțelegem. Cereți ajutorul personalului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="144" />
            <source>Questa postazione non è autorizzata a usare il servizio. Chieda aiuto al personale.</source>
            <translation>Acest terminal nu este autorizat să folosească serviciul. Cereți ajutorul personalului.</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="116" />
            <source>Che cosa vuole prenotare?</source>
            <translation>Ce doriți să programați?</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="122" />
            <source>gratuito</source>
            <translation>gratuit</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="124" />
            <source>Sanità – ASST Pavia</source>
            <translation>Sănătate – ASST Pavia</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="125" />
            <source>Visita o esame con la ricetta</source>
            <translation>Consultație sau analiză cu rețetă</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="126" />
            <source>Serve il numero della ricetta elettronica (NRE)</source>
            <translation>Este nevoie de numărul rețetei electronice (NRE)</translation>
        </message>
    </context>
    <context>
        <name>SlotPage</name>
        <message>
            <location filename="../../ui/book/slot_page.py" line="319" />
            <source>Quando preferisce?</source>
            <translation>Când preferați?</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="321" />
            <source>Primi giorni liberi</source>
            <translation>Primele zile libere</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="323" />
            <source>Torna ai primi giorni</source>
            <translation>Înapoi la primele zile</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="324" />
            <source>Altre date (calendario)</source>
            <translation>Alte date (calendar)</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="325" />
            <source>◀ Orari precedenti</source>
            <translation>◀ Ore anterioare</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="326" />
            <source>Orari successivi ▶</source>
            <translation>Ore următoare ▶</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="327" />
            <source>Mese precedente</source>
            <translation>Luna anterioară</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="328" />
            <source>Mese successivo</source>
            <translation>Luna următoare</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="344" />
            <source>Orari liberi di %1</source>
            <translation>Ore libere pe %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="352" />
            <source>Ore %1</source>
            <translation>Ora %1</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/speech.py" line="51" />
            <source>Lettura ad alta voce attiva. Tocchi una volta un pulsante per sentirlo, due volte per sceglierlo.</source>
            <extracomment>Phrases the speech layer adds itself (translated at speaking time).</extracomment>
            <translation>Citirea cu voce tare este activă. Atingeți o dată un buton ca să-l auziți, de două ori ca să-l alegeți.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="55" />
            <source>Lettura ad alta voce spenta.</source>
            <translation>Citirea cu voce tare este oprită.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="56" />
            <source>Niente da ripetere.</source>
            <translation>Nimic de repetat.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="57" />
            <source>Volume %1 di %2.</source>
            <translation>Volum %1 din %2.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="58" />
            <source>non disponibile</source>
            <translation>indisponibil</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="59" />
            <source>Attenzione: %1</source>
            <translation>Atenție: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="60" />
            <source>Contenuto della ricevuta:</source>
            <translation>Conținutul chitanței:</translation>
        </message>
    </context>
    <context>
        <name>SpeechBar</name>
        <message>
            <location filename="../../ui/speech.py" line="326" />
            <source>■ Ferma</source>
            <translation>■ Oprește</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="327" />
            <source>Ferma la voce</source>
            <translation>Opriți vocea</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="328" />
            <source>↻ Ripeti</source>
            <translation>↻ Repetă</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="329" />
            <source>Ripeti</source>
            <translation>Repetă</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="330" />
            <source>− Volume</source>
            <translation>− Volum</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="331" />
            <source>Abbassa il volume</source>
            <translation>Dați volumul mai încet</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="332" />
            <source>+ Volume</source>
            <translation>+ Volum</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="333" />
            <source>Alza il volume</source>
            <translation>Dați volumul mai tare</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="465" />
            <source>Pagamento</source>
            <translation>Plată</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="466" />
            <source>Prenotazione</source>
            <translation>Programare</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="467" />
            <source>Disdetta</source>
            <translation>Anulare</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="468" />
            <source>Riepilogo</source>
            <translation>Rezumat</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="471" />
            <source>stampata</source>
            <translation>tipărită</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="472" />
            <source>stampa non riuscita</source>
            <translation>tipărire nereușită</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="473" />
            <source>non stampata</source>
            <translation>netipărită</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="554" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>Terminalul este temporar scos din funcțiune. Adresați-vă ghișeului.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="561" />
            <source>Ristampa di %1 in corso…</source>
            <translation>Se retipărește %1…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="562" />
            <source>Stampa del riepilogo del giorno in corso…</source>
            <translation>Se tipărește rezumatul zilei…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="563" />
            <source>Stampa della pagina di prova in corso…</source>
            <translation>Se tipărește pagina de test…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="564" />
            <source>Riavvio della coda di stampa…</source>
            <translation>Se repornește coada de tipărire…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="565" />
            <source>La ricevuta %1 non è più disponibile.</source>
            <translation>Chitanța %1 nu mai este disponibilă.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="566" />
            <source>Ricevuta %1 ristampata.</source>
            <translation>Chitanța %1 a fost retipărită.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="567" />
            <source>Ristampa di %1 non riuscita: %2</source>
            <translation>Retipărirea %1 nu a reușit: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="568" />
            <source>Riepilogo del giorno stampato (%1).</source>
            <translation>Rezumatul zilei a fost tipărit (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="569" />
            <source>Riepilogo salvato (%1) ma non stampato: %2</source>
            <translation>Rezumat salvat (%1), dar netipărit: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="570" />
            <source>Pagina di prova stampata.</source>
            <translation>Pagina de test a fost tipărită.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="571" />
            <source>Pagina di prova non stampata: %1</source>
            <translation>Pagina de test nu a fost tipărită: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="572" />
            <source>Coda di stampa riavviata: %1</source>
            <translation>Coada de tipărire a fost repornită: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="573" />
            <source>Non è stato possibile riavviare la coda: %1</source>
            <translation>Coada nu a putut fi repornită: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="574" />
            <source>Postazione fuori servizio.</source>
            <translation>Terminal scos din funcțiune.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="575" />
            <source>Postazione di nuovo in servizio.</source>
            <translation>Terminal din nou în funcțiune.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="576" />
            <source>Questa funzione è riservata al personale dell'ufficio.</source>
            <translation>Această funcție este rezervată personalului biroului.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="577" />
            <source>Nessuna stampante configurata su questa postazione.</source>
            <translation>Nicio imprimantă configurată pe acest terminal.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="578" />
            <source>Operazione non riuscita: riprovi o chiami l'assistenza tecnica.</source>
            <translation>Operațiune nereușită: încercați din nou sau chemați asistența tehnică.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="581" />
            <source>Strumenti del personale</source>
            <translation>Instrumentele personalului</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="582" />
            <source>Accesso di %1 (%2)</source>
            <translation>Autentificat: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="584" />
            <source>Ricevute</source>
            <translation>Chitanțe</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="586" />
            <source>Codice ricevuta, codice prenotazione o numero avviso</source>
            <translation>Codul chitanței, codul programării sau numărul avizului</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="587" />
            <source>Cerca una ricevuta</source>
            <translation>Căutați o chitanță</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="588" />
            <source>Cerca</source>
            <translation>Căutați</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="589" />
            <source>Cerca la ricevuta</source>
            <translation>Căutați chitanța</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="590" />
            <source>Nessuna ricevuta trovata.</source>
            <translation>Nicio chitanță găsită.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/staff.py" line="592" />
            <source>Ricevute trovate: %n. Scorra l'elenco con il dito.</source>
            <translation>
                <numerusform>%n chitanță găsită. Derulați lista cu degetul.</numerusform>
                <numerusform>%n chitanțe găsite. Derulați lista cu degetul.</numerusform>
                <numerusform>%n de chitanțe găsite. Derulați lista cu degetul.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="597" />
            <location filename="../../ui/screens/staff.py" line="598" />
            <source>Ristampa la ricevuta scelta</source>
            <translation>Retipăriți chitanța aleasă</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="599" />
            <source>Stampante</source>
            <translation>Imprimantă</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="601" />
            <source>Stato della stampante non disponibile.</source>
            <translation>Starea imprimantei nu este disponibilă.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="606" />
            <source>Pagina di prova</source>
            <translation>Pagină de test</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="607" />
            <source>Stampa una pagina di prova</source>
            <translation>Tipăriți o pagină de test</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="608" />
            <source>Riavvia la coda</source>
            <translation>Reporniți coada</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="610" />
            <source>Riavvia la coda di stampa messa in pausa</source>
            <translation>Reporniți coada de tipărire pusă în pauză</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="611" />
            <location filename="../../ui/screens/staff.py" line="612" />
            <source>Stampa il riepilogo del giorno</source>
            <translation>Tipăriți rezumatul zilei</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="613" />
            <source>Postazione</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="615" />
            <source>Messaggio per i cittadini</source>
            <translation>Mesaj pentru cetățeni</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="617" />
            <source>Rimetti in servizio</source>
            <translation>Repuneți în funcțiune</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="618" />
            <source>Rimetti in servizio la postazione</source>
            <translation>Repuneți terminalul în funcțiune</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="620" />
            <source>Metti fuori servizio</source>
            <translation>Scoateți din funcțiune</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="622" />
            <source>Metti la postazione fuori servizio con il messaggio</source>
            <translation>Scoateți terminalul din funcțiune cu mesajul</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="624" />
            <source>Tocchi di nuovo per uscire al desktop</source>
            <translation>Atingeți din nou pentru a ieși pe desktop</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="625" />
            <source>Conferma l'uscita al desktop</source>
            <translation>Confirmați ieșirea pe desktop</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="627" />
            <source>Esci al desktop</source>
            <translation>Ieșire pe desktop</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="628" />
            <source>Chiudi l'applicazione ed esci al desktop</source>
            <translation>Închideți aplicația și ieșiți pe desktop</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="629" />
            <source>Torna alla postazione</source>
            <translation>Înapoi la terminal</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="631" />
            <source>Esci dagli strumenti e torna alla postazione</source>
            <translation>Ieșiți din instrumente și reveniți la terminal</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="261" />
            <source>Controlli la prenotazione</source>
            <translation>Verificați programarea</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="262" />
            <source>Conferma la prenotazione</source>
            <translation>Confirmați programarea</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="263" />
            <source>Aggiungi un cellulare</source>
            <translation>Adăugați un mobil</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="264" />
            <source>Facoltativo: riceverà un promemoria</source>
            <translation>Opțional: veți primi un memento</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="265" />
            <source>Numero di cellulare (facoltativo)</source>
            <translation>Număr de mobil (opțional)</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="266" />
            <source>Numero di cellulare</source>
            <translation>Număr de mobil</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="268" />
            <source>Attenzione: %1</source>
            <translation>Atenție: %1</translation>
        </message>
    </context>
    <context>
        <name>TutorBanner</name>
        <message>
            <location filename="../../ui/tutor.py" line="125" />
            <source>Assistenza del tutor — %1</source>
            <translation>Asistența tutorelui — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="128" />
            <source>Pannello tutor</source>
            <translation>Panoul tutorelui</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="129" />
            <source>Apri il pannello del tutor</source>
            <translation>Deschideți panoul tutorelui</translation>
        </message>
    </context>
    <context>
        <name>TutorButton</name>
        <message>
            <location filename="../../ui/tutor.py" line="83" />
            <source>Accesso riservato a tutor e personale</source>
            <translation>Acces rezervat tutorilor și personalului</translation>
        </message>
    </context>
    <context>
        <name>TutorController</name>
        <message>
            <location filename="../../ui/tutor.py" line="376" />
            <source>Badge non riconosciuto. Usi il PIN o si rivolga allo sportello.</source>
            <translation>Legitimație nerecunoscută. Folosiți PIN-ul sau adresați-vă ghișeului.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="382" />
            <source>Non è stato possibile verificare il badge. Usi il PIN.</source>
            <translation>Legitimația nu a putut fi verificată. Folosiți PIN-ul.</translation>
        </message>
    </context>
    <context>
        <name>TutorPanel</name>
        <message>
            <location filename="../../ui/tutor.py" line="223" />
            <source>Pannello del tutor — %1</source>
            <translation>Panoul tutorelui — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="225" />
            <source>Pannello del tutor</source>
            <translation>Panoul tutorelui</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="227" />
            <source>Assistenza iniziata alle %1.</source>
            <translation>Asistență începută la ora %1.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="228" />
            <source>Ultimo errore di questa sessione</source>
            <translation>Ultima eroare din această sesiune</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="232" />
            <source>Torna al cittadino</source>
            <translation>Înapoi la cetățean</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="233" />
            <source>Chiudi il pannello e torna al cittadino</source>
            <translation>Închideți panoul și reveniți la cetățean</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="234" />
            <source>Strumenti del personale</source>
            <translation>Instrumentele personalului</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="235" />
            <source>Apri gli strumenti del personale</source>
            <translation>Deschideți instrumentele personalului</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="237" />
            <source>Termina assistenza</source>
            <translation>Încheiați asistența</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="238" />
            <source>Termina l'assistenza del tutor</source>
            <translation>Încheiați asistența tutorelui</translation>
        </message>
    </context>
</TS>
