<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>BookScreen</name>
    <message>
        <location filename="../../ui/book/book_screen.py" line="436" />
        <source>◀ Indietro</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../ui/book/book_screen.py" line="436" />
        <source>Torna al passo precedente</source>
        <translation>Go back to the previous step</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <location filename="../../ui/book/book_screen.py" line="346" />
        <location filename="../../kiosk/flows/booking_details.py" line="18" />
        <source>Può disdire o spostare la prenotazione a questa postazione (Le mie prenotazioni) o chiamando lo sportello.</source>
        <translation>You can cancel or move the booking at this station (My bookings) or by calling the desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/booking.py" line="64" />
        <source>Il numero di cellulare può contenere solo cifre (da 6 a 15), con un + davanti se è straniero. Lo controlli o lasci il campo vuoto.</source>
        <translation>The mobile number can only contain digits (6 to 15), with a + in front if it is foreign. Please check it or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/booking.py" line="68" />
        <source>Non ci sono orari liberi per questo servizio nei prossimi due mesi. Scelga un altro ufficio o chiami lo sportello.</source>
        <translation>There are no free times for this service in the next two months. Choose another office or call the desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/booking.py" line="72" />
        <source>Questo orario è appena stato preso da un'altra persona. Ecco gli orari ancora liberi: ne scelga un altro.</source>
        <translation>This time has just been taken by someone else. Here are the times still free: please choose another one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/booking_ops.py" line="263" />
        <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
        <translation>The operation could not be completed. Please try again shortly.</translation>
    </message>
</context>
<context>
    <name>BookingSummary</name>
    <message>
        <location filename="../../ui/book/pages.py" line="278" />
        <source>Servizio: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="280" />
        <source>Quando: %1, alle ore %2</source>
        <translation>When: %1, at %2</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="282" />
        <source>Dove: %1, %2</source>
        <translation>Where: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="286" />
        <source>Piano e stanza: %1</source>
        <translation>Floor and room: %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="289" />
        <source>Codice fiscale: %1</source>
        <translation>Tax code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="292" />
        <source>Da pagare: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="295" />
        <source>Non si paga nulla.</source>
        <translation>There is nothing to pay.</translation>
    </message>
</context>
<context>
    <name>BusyLabel</name>
    <message>
        <location filename="../../ui/book/parts.py" line="244" />
        <source>Un momento, prego: sto chiedendo al servizio…</source>
        <translation>One moment, please: asking the service…</translation>
    </message>
</context>
<context>
    <name>CupBooking</name>
    <message>
        <location filename="../../kiosk/flows/cup.py" line="63" />
        <source>Non troviamo una ricetta con questo numero. Controlli il numero NRE sul promemoria del medico, un carattere alla volta.</source>
        <translation>We cannot find a prescription with this number. Check the NRE number on your doctor's printout, one character at a time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/cup.py" line="67" />
        <source>Questa ricetta è urgente (priorità U): in Lombardia va prenotata entro 48 ore da quando il medico l'ha fatta, e questo tempo è passato. Chiami lo sportello CUP o torni dal suo medico.</source>
        <translation>This prescription is urgent (priority U): in Lombardy it must be booked within 48 hours of being written, and that time has passed. Call the CUP desk or go back to your doctor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/cup.py" line="72" />
        <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
        <translation>This prescription has expired: it is valid for six months from when it was written. Ask your doctor for a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/cup.py" line="76" />
        <source>Questa ricetta è già stata usata per una prenotazione. Può vederla, spostarla o disdirla da «Le mie prenotazioni».</source>
        <translation>This prescription has already been used for a booking. You can see, move or cancel it from “My bookings”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/cup.py" line="80" />
        <source>Questa ricetta è intestata a un'altra persona. Controlli di aver scritto il codice fiscale della persona che deve fare la visita.</source>
        <translation>This prescription belongs to another person. Check that you entered the tax code of the person who needs the visit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/cup.py" line="84" />
        <source>Questa ricetta è per un'altra prestazione. Chiami lo sportello CUP.</source>
        <translation>This prescription is for another service. Call the CUP desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/cup.py" line="87" />
        <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
        <translation>The tax code is not valid. Please check it.</translation>
    </message>
</context>
<context>
    <name>CupSlotPage</name>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="182" />
        <source>urgente (U): entro 72 ore</source>
        <translation>urgent (U): within 72 hours</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="183" />
        <source>breve (B): entro 10 giorni</source>
        <translation>short (B): within 10 days</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="184" />
        <source>differibile (D): entro 60 giorni</source>
        <translation>deferrable (D): within 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="185" />
        <source>differibile (D): entro 30 giorni</source>
        <translation>deferrable (D): within 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="186" />
        <source>programmata (P): entro 120 giorni</source>
        <translation>planned (P): within 120 days</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="192" />
        <source>Primi posti liberi</source>
        <translation>First free times</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="195" />
        <location filename="../../ui/book/cup_pages.py" line="197" />
        <source>entro %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="199" />
        <source>%1 – priorità %2 (%3)</source>
        <translation>%1 – priority %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="202" />
        <source>Secondo le regole della Lombardia, se rifiuta una data entro il tempo massimo di attesa perde il diritto a essere visitato entro quel tempo.</source>
        <translation>Under Lombardy's rules, if you refuse a date within the maximum waiting time you lose the right to be seen within that time.</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="209" />
        <source>Queste date sono oltre il tempo massimo della sua priorità. Se ne sceglie una rinuncia alla garanzia dei tempi di attesa.</source>
        <translation>These dates are beyond the maximum wait for your priority. If you choose one, you give up the waiting-time guarantee.</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="216" />
        <source>Entro il tempo massimo della sua priorità non ci sono posti liberi. Il primo posto libero è %1: può prenotarlo qui sotto, oppure chiamare lo sportello CUP al %2, che cercherà con lei una data entro i tempi.</source>
        <translation>There are no free times within the maximum wait for your priority. The first free time is %1: you can book it below, or call the CUP desk on %2, who will look for a date within the limit with you.</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="223" />
        <source>Torna alle date entro il tempo massimo</source>
        <translation>Back to the dates within the limit</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="224" />
        <source>Vedere date più lontane</source>
        <translation>See later dates</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/book/done_page.py" line="138" />
        <source>Prenotazione confermata</source>
        <translation>Booking confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="139" />
        <source>Il suo codice di prenotazione:</source>
        <translation>Your booking code:</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="142" />
        <source>Codice di prenotazione %1</source>
        <translation>Booking code %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="151" />
        <source>Può disdire o spostare fino a %1.</source>
        <translation>You can cancel or move it until %1.</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="156" />
        <source>Per disdire o spostare questa prenotazione chiami lo sportello: %1.</source>
        <translation>To cancel or move this booking, call the desk: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="159" />
        <source>Cosa portare</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="164" />
        <source>Da pagare: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="167" />
        <source>Avviso pagoPA n. %1</source>
        <translation>pagoPA notice no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="170" />
        <source>Può pagare prima dell'appuntamento a questa postazione (Paga), in farmacia, in banca o online con l'avviso pagoPA.</source>
        <translation>You can pay before the appointment at this station (Pay), at a pharmacy, a bank or online with the pagoPA notice.</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="174" />
        <source>Non si paga nulla.</source>
        <translation>There is nothing to pay.</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="177" />
        <source>Paga ora</source>
        <translation>Pay now</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="177" />
        <source>Paga ora con la carta</source>
        <translation>Pay now by card</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="178" />
        <source>Pago dopo</source>
        <translation>Pay later</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="180" />
        <source>Stampa di nuovo</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="181" />
        <source>Stampa la ricevuta</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="182" />
        <source>Fine</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="182" />
        <source>Fine, torna all'inizio</source>
        <translation>Finish, back to the start</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="185" />
        <source>Stampa della ricevuta in corso…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="186" />
        <source>Ricevuta stampata: la prenda dalla stampante.</source>
        <translation>Receipt printed: please take it from the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/book/done_page.py" line="188" />
        <source>La ricevuta non è stata stampata. Tocchi «Stampa la ricevuta» per riprovare o si annoti il codice di prenotazione.</source>
        <translation>The receipt was not printed. Tap “Print the receipt” to try again, or write down the booking code.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/book/parts.py" line="222" />
        <source>Attenzione:</source>
        <translation>Attention:</translation>
    </message>
    <message>
        <location filename="../../ui/book/parts.py" line="222" />
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/book/parts.py" line="225" />
        <source>Telefono dello sportello: %1</source>
        <translation>Desk phone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/parts.py" line="228" />
        <source>Riprova</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/book/parts.py" line="228" />
        <source>Riprova l'operazione</source>
        <translation>Try the operation again</translation>
    </message>
</context>
<context>
    <name>MyBookings</name>
    <message>
        <location filename="../../kiosk/flows/my_bookings.py" line="53" />
        <source>Il codice di prenotazione è come PV-AB3CD: lo trova sul foglio della prenotazione. Se non lo ha, lasci il campo vuoto.</source>
        <translation>A booking code looks like PV-AB3CD: you find it on the booking sheet. If you do not have it, leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/my_bookings.py" line="57" />
        <source>Non ci sono prenotazioni future con questo codice fiscale.</source>
        <translation>There are no future bookings for this tax code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/my_bookings.py" line="59" />
        <source>Ormai è troppo tardi per disdire o spostare questa prenotazione qui. Chiami lo sportello al numero qui sotto.</source>
        <translation>It is now too late to cancel or move this booking here. Please call the desk on the number below.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/my_bookings.py" line="63" />
        <source>Questa prenotazione è già stata annullata.</source>
        <translation>This booking has already been cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/flows/my_bookings.py" line="65" />
        <source>Non ci sono altri orari liberi per spostarla. Chiami lo sportello.</source>
        <translation>There are no other free times to move it to. Please call the desk.</translation>
    </message>
</context>
<context>
    <name>MyBookingsScreen</name>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="340" />
        <source>Può disdire o spostare la prenotazione a questa postazione o chiamando lo sportello.</source>
        <translation>You can cancel or move the booking at this station or by calling the desk.</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="417" />
        <source>annullata</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="423" />
        <source>La prenotazione %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="424" />
        <source>Vuole davvero disdire la prenotazione %1?</source>
        <translation>Do you really want to cancel booking %1?</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="425" />
        <source>Prenotazione %1 annullata</source>
        <translation>Booking %1 cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="426" />
        <source>Spostare la prenotazione %1?</source>
        <translation>Move booking %1?</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="427" />
        <source>Prenotazione %1 spostata</source>
        <translation>Booking %1 moved</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="432" />
        <source>Nuovo orario: %1</source>
        <translation>New time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="434" />
        <source>Il vecchio orario viene liberato solo quando il nuovo è confermato.</source>
        <translation>The old time is released only when the new one is confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="437" />
        <source>L'orario è stato liberato per altre persone.</source>
        <translation>The time has been released for other people.</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="440" />
        <source>Può disdirla o spostarla fino a %1.</source>
        <translation>You can cancel or move it until %1.</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="446" />
        <source>Stampa in corso…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="447" />
        <source>Ricevuta stampata: la prenda dalla stampante.</source>
        <translation>Receipt printed: please take it from the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="448" />
        <source>La ricevuta non è stata stampata. Riprovi o chieda allo sportello.</source>
        <translation>The receipt was not printed. Try again or ask at the desk.</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="455" />
        <source>Le mie prenotazioni</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="457" />
        <source>Scriva il suo codice fiscale. Se ha il codice di prenotazione (lo trova sul foglio della prenotazione) lo scriva anche, altrimenti vedrà tutte le sue prenotazioni future.</source>
        <translation>Enter your tax code. If you have the booking code (it is on the booking sheet) enter it too; otherwise you will see all your future bookings.</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="460" />
        <source>Codice di prenotazione (facoltativo)</source>
        <translation>Booking code (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="461" />
        <source>Codice di prenotazione</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="462" />
        <location filename="../../ui/book/my_bookings_screen.py" line="463" />
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="464" />
        <source>Cerca</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="464" />
        <source>Cerca le prenotazioni</source>
        <translation>Search the bookings</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="465" />
        <source>Le sue prenotazioni: tocchi quella che le interessa</source>
        <translation>Your bookings: tap the one you want</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="466" />
        <source>Disdici</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="466" />
        <source>Disdici questa prenotazione</source>
        <translation>Cancel this booking</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="467" />
        <source>Sposta</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="467" />
        <source>Sposta a un altro orario</source>
        <translation>Move to another time</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="468" />
        <source>Sì, disdici</source>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="469" />
        <source>Sì, disdici la prenotazione</source>
        <translation>Yes, cancel the booking</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="470" />
        <source>Sì, sposta</source>
        <translation>Yes, move</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="471" />
        <source>Sì, sposta al nuovo orario</source>
        <translation>Yes, move to the new time</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="472" />
        <source>Stampa la ricevuta</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="473" />
        <source>Fine</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="473" />
        <source>Fine, torna all'inizio</source>
        <translation>Finish, back to the start</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="474" />
        <source>◀ Indietro</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../ui/book/my_bookings_screen.py" line="475" />
        <source>Torna al passo precedente</source>
        <translation>Go back to the previous step</translation>
    </message>
</context>
<context>
    <name>NrePage</name>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="96" />
        <source>Il numero della ricetta</source>
        <translation>The prescription number</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="98" />
        <source>Scriva il numero della ricetta elettronica (NRE, 15 caratteri: lo trova in alto sul promemoria del medico) oppure avvicini il codice a barre al lettore.</source>
        <translation>Enter the electronic prescription number (NRE, 15 characters: it is at the top of your doctor's printout) or hold the barcode to the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="100" />
        <source>Numero della ricetta elettronica</source>
        <translation>Electronic prescription number</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="101" />
        <source>Continua</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="102" />
        <source>Continua con questo numero di ricetta</source>
        <translation>Continue with this prescription number</translation>
    </message>
    <message>
        <location filename="../../ui/book/cup_pages.py" line="105" />
        <source>Attenzione: %1</source>
        <translation>Attention: %1</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/book/pages.py" line="165" />
        <source>In quale ufficio preferisce andare?</source>
        <translation>Which office would you like to go to?</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/book/pages.py" line="112" />
        <source>Che cosa vuole prenotare?</source>
        <translation>What would you like to book?</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="118" />
        <source>gratuito</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="120" />
        <source>Sanità – ASST Pavia</source>
        <translation>Health – ASST Pavia</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="121" />
        <source>Visita o esame con la ricetta</source>
        <translation>Visit or test with a prescription</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="122" />
        <source>Serve il numero della ricetta elettronica (NRE)</source>
        <translation>You need the electronic prescription number (NRE)</translation>
    </message>
</context>
<context>
    <name>SlotPage</name>
    <message>
        <location filename="../../ui/book/slot_page.py" line="319" />
        <source>Quando preferisce?</source>
        <translation>When would you like to come?</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="321" />
        <source>Primi giorni liberi</source>
        <translation>First free days</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="323" />
        <source>Torna ai primi giorni</source>
        <translation>Back to the first days</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="324" />
        <source>Altre date (calendario)</source>
        <translation>Other dates (calendar)</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="325" />
        <source>◀ Orari precedenti</source>
        <translation>◀ Earlier times</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="326" />
        <source>Orari successivi ▶</source>
        <translation>Later times ▶</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="327" />
        <source>Mese precedente</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="328" />
        <source>Mese successivo</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="344" />
        <source>Orari liberi di %1</source>
        <translation>Free times on %1</translation>
    </message>
    <message>
        <location filename="../../ui/book/slot_page.py" line="352" />
        <source>Ore %1</source>
        <translation>At %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/book/pages.py" line="257" />
        <source>Controlli la prenotazione</source>
        <translation>Check the booking</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="258" />
        <source>Conferma la prenotazione</source>
        <translation>Confirm the booking</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="259" />
        <source>Aggiungi un cellulare</source>
        <translation>Add a mobile number</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="260" />
        <source>Facoltativo: riceverà un promemoria</source>
        <translation>Optional: you will get a reminder</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="261" />
        <source>Numero di cellulare (facoltativo)</source>
        <translation>Mobile number (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="262" />
        <source>Numero di cellulare</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../ui/book/pages.py" line="264" />
        <source>Attenzione: %1</source>
        <translation>Attention: %1</translation>
    </message>
</context>
</TS>