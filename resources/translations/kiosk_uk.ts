<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="it">
    <context>
        <name>Assist</name>
        <message>
            <location filename="../../kiosk/flows/assist.py" line="96" />
            <source>Nessun errore in questa sessione.</source>
            <translation>У цьому сеансі помилок немає.</translation>
        </message>
    </context>
    <context>
        <name>Assistance</name>
        <message>
            <location filename="../../ui/assistance.py" line="111" />
            <source>Errore imprevisto: %1</source>
            <translation>Неочікувана помилка: %1</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../../ui/screens/attract.py" line="13" />
            <source>Comune di Pavia</source>
            <translation>Муніципалітет Павії</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="14" />
            <source>ASST Pavia</source>
            <translation>ASST Павія</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="15" />
            <source>Comune di Pavia e ASST Pavia</source>
            <translation>Муніципалітет Павії та ASST Павія</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="75" />
            <location filename="../../ui/screens/attract.py" line="77" />
            <source>Tocchi lo schermo per iniziare</source>
            <translation>Торкніться екрана, щоб почати</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="76" />
            <source>Prenotazioni e pagamenti pagoPA</source>
            <translation>Записи на прийом і платежі pagoPA</translation>
        </message>
    </context>
    <context>
        <name>BookScreen</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>◀ Indietro</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>Torna al passo precedente</source>
            <translation>Повернутися до попереднього кроку</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="346" />
            <location filename="../../kiosk/flows/booking_details.py" line="18" />
            <source>Può disdire o spostare la prenotazione a questa postazione (Le mie prenotazioni) o chiamando lo sportello.</source>
            <translation>Ви можете скасувати або перенести запис на цьому терміналі («Мої записи») або зателефонувавши до віконця.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="64" />
            <source>Il numero di cellulare può contenere solo cifre (da 6 a 15), con un + davanti se è straniero. Lo controlli o lasci il campo vuoto.</source>
            <translation>Номер мобільного може містити лише цифри (від 6 до 15), з + попереду, якщо він іноземний. Перевірте його або залиште поле порожнім.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="68" />
            <source>Non ci sono orari liberi per questo servizio nei prossimi due mesi. Scelga un altro ufficio o chiami lo sportello.</source>
            <translation>Для цієї послуги немає вільного часу в найближчі два місяці. Виберіть інший офіс або зателефонуйте до віконця.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="72" />
            <source>Questo orario è appena stato preso da un'altra persona. Ecco gli orari ancora liberi: ne scelga un altro.</source>
            <translation>Цей час щойно зайняла інша людина. Ось час, який ще вільний: виберіть, будь ласка, інший.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking_ops.py" line="263" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>Не вдалося виконати операцію. Спробуйте ще раз трохи згодом.</translation>
        </message>
    </context>
    <context>
        <name>BookingSummary</name>
        <message>
            <location filename="../../ui/book/pages.py" line="282" />
            <source>Servizio: %1</source>
            <translation>Послуга: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="284" />
            <source>Quando: %1, alle ore %2</source>
            <translation>Коли: %1, о %2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="286" />
            <source>Dove: %1, %2</source>
            <translation>Де: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="290" />
            <source>Piano e stanza: %1</source>
            <translation>Поверх і кімната: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="293" />
            <source>Codice fiscale: %1</source>
            <translation>Податковий код: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="296" />
            <source>Da pagare: %1</source>
            <translation>До сплати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="299" />
            <source>Non si paga nulla.</source>
            <translation>Нічого не потрібно платити.</translation>
        </message>
    </context>
    <context>
        <name>BusyLabel</name>
        <message>
            <location filename="../../ui/book/parts.py" line="245" />
            <source>Un momento, prego: sto chiedendo al servizio…</source>
            <translation>Хвилинку, будь ласка: звертаюся до служби…</translation>
        </message>
    </context>
    <context>
        <name>ClosedScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="661" />
            <source>Postazione fuori servizio</source>
            <translation>Термінал не працює</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="663" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>Термінал тимчасово не працює. Зверніться до віконця.</translation>
        </message>
    </context>
    <context>
        <name>CodiceFiscale</name>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="86" />
            <source>Scriva il codice fiscale. Lo trova sulla tessera sanitaria.</source>
            <translation>Введіть податковий код. Він є на медичній картці.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="92" />
            <source>Il codice fiscale è troppo corto: deve avere 16 caratteri, lettere e numeri. Controlli di averli scritti tutti.</source>
            <translation>Податковий код закороткий: він має містити 16 символів, літери й цифри. Перевірте, чи Ви ввели всі.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="99" />
            <source>Il codice fiscale è troppo lungo: deve avere 16 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>Податковий код задовгий: він має містити 16 символів. Перевірте, чи Ви не ввели зайвий символ.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="106" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ne mancano alcune.</source>
            <translation>Податковий код підприємства або установи має 11 цифр: кількох бракує.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="112" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ce ne sono troppe.</source>
            <translation>Податковий код підприємства або установи має 11 цифр: цифр забагато.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="118" />
            <source>Il codice fiscale contiene solo lettere e numeri, senza accenti né simboli. Controlli di non aver scritto un simbolo per sbaglio.</source>
            <translation>Податковий код містить лише літери й цифри, без наголосів і символів. Перевірте, чи Ви випадково не ввели символ.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="125" />
            <source>C'è una lettera al posto di un numero, o un numero al posto di una lettera. Confronti il codice con la tessera sanitaria, un carattere alla volta.</source>
            <translation>Замість цифри стоїть літера або замість літери — цифра. Порівняйте код із медичною карткою, символ за символом.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="132" />
            <source>La data di nascita contenuta nel codice fiscale non esiste. Controlli i caratteri dal settimo all'undicesimo: due numeri, una lettera e altri due numeri.</source>
            <translation>Дата народження в податковому коді не існує. Перевірте символи з сьомого по одинадцятий: дві цифри, літера і ще дві цифри.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="139" />
            <source>Il codice fiscale non è corretto: forse un carattere è sbagliato. Lo confronti con la tessera sanitaria, un carattere alla volta, compresa l'ultima lettera.</source>
            <translation>Податковий код неправильний: можливо, один символ помилковий. Порівняйте його з медичною карткою, символ за символом, включно з останньою літерою.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="146" />
            <source>Il codice fiscale numerico non è corretto: forse una cifra è sbagliata. Lo confronti con il documento, una cifra alla volta.</source>
            <translation>Цифровий податковий код неправильний: можливо, одна цифра помилкова. Порівняйте його з документом, цифра за цифрою.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="153" />
            <source>Continui a scrivere: il codice fiscale ha 16 caratteri.</source>
            <translation>Продовжуйте вводити: податковий код має 16 символів.</translation>
        </message>
    </context>
    <context>
        <name>CrashScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="85" />
            <source>Qualcosa non ha funzionato. Ricominciamo.</source>
            <translation>Щось пішло не так. Почнімо спочатку.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="87" />
            <source>Non ha sbagliato nulla. Tocchi il pulsante per tornare all'inizio.</source>
            <translation>Ви нічого не зробили неправильно. Торкніться кнопки, щоб повернутися на початок.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="88" />
            <source>Ricomincia</source>
            <translation>Почати знову</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="89" />
            <source>Ricomincia dall'inizio</source>
            <translation>Почати спочатку</translation>
        </message>
    </context>
    <context>
        <name>CupBooking</name>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="63" />
            <source>Non troviamo una ricetta con questo numero. Controlli il numero NRE sul promemoria del medico, un carattere alla volta.</source>
            <translation>Ми не знаходимо рецепта з цим номером. Перевірте номер NRE на листку лікаря, символ за символом.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="67" />
            <source>Questa ricetta è urgente (priorità U): in Lombardia va prenotata entro 48 ore da quando il medico l'ha fatta, e questo tempo è passato. Chiami lo sportello CUP o torni dal suo medico.</source>
            <translation>Цей рецепт терміновий (пріоритет U): у Ломбардії його треба записати протягом 48 годин після виписки лікарем, а цей час минув. Зателефонуйте до віконця CUP або знову зверніться до свого лікаря.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="72" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>Термін дії цього рецепта минув: він дійсний шість місяців після виписки. Попросіть у лікаря новий рецепт.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="76" />
            <source>Questa ricetta è già stata usata per una prenotazione. Può vederla, spostarla o disdirla da «Le mie prenotazioni».</source>
            <translation>Цей рецепт уже використано для запису. Ви можете переглянути, перенести або скасувати запис у розділі «Мої записи».</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="80" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli di aver scritto il codice fiscale della persona che deve fare la visita.</source>
            <translation>Цей рецепт виписано на іншу людину. Перевірте, чи Ви ввели податковий код людини, яка йде на прийом.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="84" />
            <source>Questa ricetta è per un'altra prestazione. Chiami lo sportello CUP.</source>
            <translation>Цей рецепт призначено для іншої послуги. Зателефонуйте до віконця CUP.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="87" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>Податковий код недійсний. Перевірте його, будь ласка.</translation>
        </message>
    </context>
    <context>
        <name>CupSlotPage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="182" />
            <source>urgente (U): entro 72 ore</source>
            <translation>терміновий (U): протягом 72 годин</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="183" />
            <source>breve (B): entro 10 giorni</source>
            <translation>короткий (B): протягом 10 днів</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="184" />
            <source>differibile (D): entro 60 giorni</source>
            <translation>відкладений (D): протягом 60 днів</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="185" />
            <source>differibile (D): entro 30 giorni</source>
            <translation>відкладений (D): протягом 30 днів</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="186" />
            <source>programmata (P): entro 120 giorni</source>
            <translation>плановий (P): протягом 120 днів</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="192" />
            <source>Primi posti liberi</source>
            <translation>Найближчі вільні місця</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="195" />
            <location filename="../../ui/book/cup_pages.py" line="197" />
            <source>entro %1</source>
            <translation>до %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="199" />
            <source>%1 – priorità %2 (%3)</source>
            <translation>%1 – пріоритет %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="202" />
            <source>Secondo le regole della Lombardia, se rifiuta una data entro il tempo massimo di attesa perde il diritto a essere visitato entro quel tempo.</source>
            <translation>За правилами Ломбардії, якщо Ви відмовитеся від дати в межах максимального часу очікування, Ви втратите право на прийом у цей строк.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="209" />
            <source>Queste date sono oltre il tempo massimo della sua priorità. Se ne sceglie una rinuncia alla garanzia dei tempi di attesa.</source>
            <translation>Ці дати пізніші за максимальний час для Вашого пріоритету. Якщо Ви виберете одну з них, Ви відмовляєтеся від гарантії часу очікування.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="216" />
            <source>Entro il tempo massimo della sua priorità non ci sono posti liberi. Il primo posto libero è %1: può prenotarlo qui sotto, oppure chiamare lo sportello CUP al %2, che cercherà con lei una data entro i tempi.</source>
            <translation>У межах максимального часу для Вашого пріоритету вільних місць немає. Перше вільне місце — %1: Ви можете записатися на нього нижче або зателефонувати до віконця CUP за номером %2, де разом із Вами пошукають дату в межах строку.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="223" />
            <source>Torna alle date entro il tempo massimo</source>
            <translation>Повернутися до дат у межах максимального часу</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="224" />
            <source>Vedere date più lontane</source>
            <translation>Переглянути пізніші дати</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../printing/daily_report.py" line="38" />
            <source>Pagamento avviso pagoPA</source>
            <translation>Оплата рахунку pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="39" />
            <source>Disdetta appuntamento</source>
            <translation>Скасування запису</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="40" />
            <source>Prenotazione appuntamento</source>
            <translation>Запис на прийом</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/book/done_page.py" line="149" />
            <source>Prenotazione confermata</source>
            <translation>Запис підтверджено</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="150" />
            <source>Il suo codice di prenotazione:</source>
            <translation>Ваш код запису:</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="153" />
            <source>Codice di prenotazione %1</source>
            <translation>Код запису %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="162" />
            <source>Può disdire o spostare fino a %1.</source>
            <translation>Ви можете скасувати або перенести до %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="167" />
            <source>Per disdire o spostare questa prenotazione chiami lo sportello: %1.</source>
            <translation>Щоб скасувати або перенести цей запис, зателефонуйте до віконця: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="170" />
            <source>Cosa portare</source>
            <translation>Що взяти з собою</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="175" />
            <source>Da pagare: %1</source>
            <translation>До сплати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="178" />
            <source>Avviso pagoPA n. %1</source>
            <translation>Рахунок pagoPA № %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="181" />
            <source>Può pagare prima dell'appuntamento a questa postazione (Paga), in farmacia, in banca o online con l'avviso pagoPA.</source>
            <translation>Ви можете сплатити до прийому на цьому терміналі («Оплатити»), в аптеці, у банку або онлайн за рахунком pagoPA.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="185" />
            <source>Non si paga nulla.</source>
            <translation>Нічого не потрібно платити.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora</source>
            <translation>Оплатити зараз</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora con la carta</source>
            <translation>Оплатити зараз карткою</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="189" />
            <source>Pago dopo</source>
            <translation>Оплачу пізніше</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="191" />
            <source>Stampa di nuovo</source>
            <translation>Надрукувати ще раз</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="192" />
            <source>Stampa la ricevuta</source>
            <translation>Надрукувати квитанцію</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine, torna all'inizio</source>
            <translation>Готово, на початок</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="196" />
            <source>Stampa della ricevuta in corso…</source>
            <translation>Друкуємо квитанцію…</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="197" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>Квитанцію надруковано: візьміть її з принтера.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="199" />
            <source>La ricevuta non è stata stampata. Tocchi «Stampa la ricevuta» per riprovare o si annoti il codice di prenotazione.</source>
            <translation>Квитанцію не надруковано. Торкніться «Надрукувати квитанцію», щоб спробувати ще раз, або запишіть код запису.</translation>
        </message>
    </context>
    <context>
        <name>ErrorScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="10" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>Не вдалося виконати операцію. Спробуйте ще раз трохи згодом.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="56" />
            <source>Operazione non riuscita</source>
            <translation>Операцію не виконано</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="59" />
            <source>Riprova</source>
            <translation>Спробувати ще раз</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="60" />
            <source>Riprova l'operazione</source>
            <translation>Спробувати операцію ще раз</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="61" />
            <location filename="../../ui/screens/error.py" line="62" />
            <source>Torna all'inizio</source>
            <translation>На початок</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../ui/widgets/header.py" line="161" />
            <source>Inizio</source>
            <translation>Початок</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="162" />
            <source>Torna all'inizio</source>
            <translation>На початок</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="163" />
            <source>Indietro</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="164" />
            <source>Torna alla pagina precedente</source>
            <translation>Повернутися на попередню сторінку</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="165" />
            <source>Lingua</source>
            <translation>Мова</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="166" />
            <source>Cambia lingua</source>
            <translation>Змінити мову</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="169" />
            <source>Testo</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>normale</source>
            <translation>звичайний</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>grande</source>
            <translation>великий</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>molto grande</source>
            <translation>дуже великий</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="172" />
            <source>Dimensione del testo: %1</source>
            <translation>Розмір тексту: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="174" />
            <source>Contrasto</source>
            <translation>Контраст</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: attivo</source>
            <translation>Високий контраст: увімкнено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: spento</source>
            <translation>Високий контраст: вимкнено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="178" />
            <source>Voce</source>
            <translation>Голос</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="180" />
            <source>Lettura ad alta voce: attiva</source>
            <translation>Читання вголос: увімкнено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="181" />
            <source>Lettura ad alta voce: spenta</source>
            <translation>Читання вголос: вимкнено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="182" />
            <location filename="../../ui/widgets/header.py" line="183" />
            <source>Aiuto</source>
            <translation>Допомога</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../../ui/screens/help.py" line="80" />
            <source>Aiuto</source>
            <translation>Допомога</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="82" />
            <source>Ha bisogno di una mano? Si rivolga allo sportello qui vicino: il personale la aiuterà volentieri a usare la postazione.</source>
            <translation>Потрібна допомога? Зверніться до віконця поруч: працівники охоче допоможуть Вам користуватися терміналом.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="85" />
            <source>Per scegliere, tocchi una volta un pulsante. Non serve tenere premuto. Con «Indietro» torna alla pagina precedente, con «Inizio» alla prima pagina.</source>
            <translation>Щоб вибрати, торкніться кнопки один раз. Утримувати її не потрібно. Кнопка «Назад» повертає на попередню сторінку, «Початок» — на першу.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="88" />
            <source>In alto trova: «Lingua» per cambiare lingua, «Testo» per ingrandire le scritte, «Contrasto» per colori più marcati e «Voce» per ascoltare le scritte.</source>
            <translation>Угорі є: «Мова» — змінити мову, «Текст» — збільшити написи, «Контраст» — яскравіші кольори, «Голос» — прослухати тексти.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="91" />
            <source>Quando ha finito, o se non tocca lo schermo per un po', la postazione cancella i suoi dati e torna all'inizio.</source>
            <translation>Коли Ви закінчите або якщо деякий час не торкатиметеся екрана, термінал видалить Ваші дані й повернеться на початок.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="93" />
            <location filename="../../ui/screens/help.py" line="94" />
            <source>Torna all'inizio</source>
            <translation>На початок</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusLabel</name>
        <message>
            <location filename="../../ui/help_request.py" line="172" />
            <source>Stiamo chiamando un tutor…</source>
            <translation>Викликаємо тьютора…</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="173" />
            <source>Un tutor sta arrivando. Resti pure qui.</source>
            <translation>Тьютор уже йде. Залишайтеся, будь ласка, тут.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="174" />
            <source>Il tutor ha visto la sua richiesta e sta arrivando.</source>
            <translation>Тьютор побачив Ваш запит і вже йде.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="176" />
            <source>Non siamo riusciti a chiamare un tutor. Si rivolga allo sportello.</source>
            <translation>Не вдалося викликати тьютора. Зверніться до віконця.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="180" />
            <source>Richiesta di aiuto</source>
            <translation>Запит на допомогу</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../ui/screens/home.py" line="91" />
            <source>Buongiorno! Che cosa desidera fare?</source>
            <translation>Добрий день! Що Ви бажаєте зробити?</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Prenota</source>
            <translation>Записатися</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Un appuntamento in Comune o una visita</source>
            <translation>Прийом у муніципалітеті або візит до лікаря</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Paga</source>
            <translation>Оплатити</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Un avviso pagoPA o un ticket sanitario</source>
            <translation>Рахунок pagoPA або медичний збір</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Le mie prenotazioni</source>
            <translation>Мої записи</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Vedere, stampare o disdire</source>
            <translation>Переглянути, надрукувати або скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Aiuto</source>
            <translation>Допомога</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Come usare la postazione</source>
            <translation>Як користуватися терміналом</translation>
        </message>
    </context>
    <context>
        <name>IdentifyScreen</name>
        <message>
            <location filename="../../ui/screens/identify.py" line="192" />
            <source>Il suo codice fiscale</source>
            <translation>Ваш податковий код</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="194" />
            <source>Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore</source>
            <translation>Введіть свій податковий код або піднесіть медичну картку до зчитувача</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="195" />
            <source>Codice fiscale</source>
            <translation>Податковий код</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="197" />
            <source>16 caratteri, lettere e numeri, come sulla tessera sanitaria</source>
            <translation>16 символів, літери й цифри, як на медичній картці</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="198" />
            <source>Continua</source>
            <translation>Продовжити</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="199" />
            <source>Continua con questo codice fiscale</source>
            <translation>Продовжити з цим податковим кодом</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="200" />
            <source>Attenzione</source>
            <translation>Увага</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="201" />
            <source>Corretto</source>
            <translation>Правильно</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="245" />
            <location filename="../../ui/screens/identify.py" line="249" />
            <source>Attenzione: %1</source>
            <translation>Увага: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="254" />
            <source>Codice letto dalla tessera sanitaria. Controlli che sia il suo e tocchi «Continua».</source>
            <translation>Код зчитано з медичної картки. Перевірте, що він Ваш, і торкніться «Продовжити».</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="257" />
            <source>Il codice fiscale è corretto. Tocchi «Continua».</source>
            <translation>Податковий код правильний. Торкніться «Продовжити».</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="261" />
            <source>Il codice fiscale ha 16 caratteri: lettere e numeri.</source>
            <translation>Податковий код має 16 символів: літери й цифри.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="276" />
            <source>Manca ancora 1 carattere.</source>
            <translation>Залишився ще 1 символ.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="277" />
            <source>Mancano ancora %1 caratteri.</source>
            <translation>Залишилося ще символів: %1.</translation>
        </message>
    </context>
    <context>
        <name>IdleDialog</name>
        <message>
            <location filename="../../ui/idle_dialog.py" line="163" />
            <location filename="../../ui/idle_dialog.py" line="182" />
            <source>Le serve altro tempo?</source>
            <translation>Вам потрібно більше часу?</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="166" />
            <source>Da un po' non tocca lo schermo. Per proteggere i suoi dati, allo scadere del tempo la postazione cancella quello che ha scritto e torna all'inizio.</source>
            <translation>Ви деякий час не торкалися екрана. Щоб захистити Ваші дані, коли час скінчиться, термінал видалить введене і повернеться на початок.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="168" />
            <location filename="../../ui/idle_dialog.py" line="169" />
            <source>Sì, mi serve altro tempo</source>
            <translation>Так, мені потрібно більше часу</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="172" />
            <source>Il tempo a disposizione è finito. Per proteggere i suoi dati la postazione cancella quello che ha scritto e torna all'inizio. Può ricominciare subito.</source>
            <translation>Час вичерпано. Щоб захистити Ваші дані, термінал видаляє введене і повертається на початок. Ви можете одразу почати знову.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondo rimasto</source>
            <translation>секунда залишилася</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondi rimasti</source>
            <translation>секунд залишилося</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="178" />
            <source>Manca 1 secondo</source>
            <translation>Залишилася 1 секунда</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="180" />
            <source>Mancano %1 secondi</source>
            <translation>Залишилося секунд: %1</translation>
        </message>
    </context>
    <context>
        <name>LanguageScreen</name>
        <message>
            <location filename="../../ui/screens/language.py" line="57" />
            <source>Scelga la lingua</source>
            <translation>Виберіть мову</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="409" />
            <location filename="../../ui/main_window.py" line="421" />
            <source>SMACY – postazione self-service</source>
            <translation>SMACY – термінал самообслуговування</translation>
        </message>
    </context>
    <context>
        <name>Maintenance</name>
        <message>
            <location filename="../../printing/maintenance.py" line="30" />
            <source>Pagina di prova</source>
            <translation>Тестова сторінка</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="31" />
            <source>Se legge queste righe, la stampante delle ricevute funziona.</source>
            <translation>Якщо Ви можете прочитати ці рядки, принтер квитанцій працює.</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="33" />
            <source>Questa stampante non ha una coda da riavviare.</source>
            <translation>Цей принтер не має черги, яку можна перезапустити.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Attenzione:</source>
            <translation>Увага:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Nota:</source>
            <translation>Примітка:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="227" />
            <source>Telefono dello sportello: %1</source>
            <translation>Телефон віконця: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova</source>
            <translation>Спробувати ще раз</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova l'operazione</source>
            <translation>Спробувати операцію ще раз</translation>
        </message>
    </context>
    <context>
        <name>MyBookings</name>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="53" />
            <source>Il codice di prenotazione è come PV-AB3CD: lo trova sul foglio della prenotazione. Se non lo ha, lasci il campo vuoto.</source>
            <translation>Код запису має вигляд PV-AB3CD: він є на аркуші запису. Якщо його немає, залиште поле порожнім.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="57" />
            <source>Non ci sono prenotazioni future con questo codice fiscale.</source>
            <translation>З цим податковим кодом немає майбутніх записів.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="59" />
            <source>Ormai è troppo tardi per disdire o spostare questa prenotazione qui. Chiami lo sportello al numero qui sotto.</source>
            <translation>Тепер уже запізно скасовувати або переносити цей запис тут. Зателефонуйте до віконця за номером нижче.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="63" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>Цей запис уже скасовано.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="65" />
            <source>Non ci sono altri orari liberi per spostarla. Chiami lo sportello.</source>
            <translation>Немає іншого вільного часу, щоб перенести запис. Зателефонуйте до віконця.</translation>
        </message>
    </context>
    <context>
        <name>MyBookingsScreen</name>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="340" />
            <source>Può disdire o spostare la prenotazione a questa postazione o chiamando lo sportello.</source>
            <translation>Ви можете скасувати або перенести запис на цьому терміналі або зателефонувавши до віконця.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="417" />
            <source>annullata</source>
            <translation>скасовано</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="423" />
            <source>La prenotazione %1</source>
            <translation>Запис %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="424" />
            <source>Vuole davvero disdire la prenotazione %1?</source>
            <translation>Ви справді бажаєте скасувати запис %1?</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="425" />
            <source>Prenotazione %1 annullata</source>
            <translation>Запис %1 скасовано</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="426" />
            <source>Spostare la prenotazione %1?</source>
            <translation>Перенести запис %1?</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="427" />
            <source>Prenotazione %1 spostata</source>
            <translation>Запис %1 перенесено</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="432" />
            <source>Nuovo orario: %1</source>
            <translation>Новий час: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="434" />
            <source>Il vecchio orario viene liberato solo quando il nuovo è confermato.</source>
            <translation>Старий час звільняється лише тоді, коли новий підтверджено.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="437" />
            <source>L'orario è stato liberato per altre persone.</source>
            <translation>Час звільнено для інших людей.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="440" />
            <source>Può disdirla o spostarla fino a %1.</source>
            <translation>Ви можете скасувати або перенести його до %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="446" />
            <source>Stampa in corso…</source>
            <translation>Друкуємо…</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="447" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>Квитанцію надруковано: візьміть її з принтера.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="448" />
            <source>La ricevuta non è stata stampata. Riprovi o chieda allo sportello.</source>
            <translation>Квитанцію не надруковано. Спробуйте ще раз або зверніться до віконця.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="455" />
            <source>Le mie prenotazioni</source>
            <translation>Мої записи</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="457" />
            <source>Scriva il suo codice fiscale. Se ha il codice di prenotazione (lo trova sul foglio della prenotazione) lo scriva anche, altrimenti vedrà tutte le sue prenotazioni future.</source>
            <translation>Введіть свій податковий код. Якщо у Вас є код запису (він на аркуші запису), введіть і його; інакше Ви побачите всі свої майбутні записи.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="460" />
            <source>Codice di prenotazione (facoltativo)</source>
            <translation>Код запису (необов'язково)</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="461" />
            <source>Codice di prenotazione</source>
            <translation>Код запису</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="462" />
            <location filename="../../ui/book/my_bookings_screen.py" line="463" />
            <source>Codice fiscale</source>
            <translation>Податковий код</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca</source>
            <translation>Шукати</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca le prenotazioni</source>
            <translation>Шукати записи</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="465" />
            <source>Le sue prenotazioni: tocchi quella che le interessa</source>
            <translation>Ваші записи: торкніться потрібного</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici questa prenotazione</source>
            <translation>Скасувати цей запис</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta</source>
            <translation>Перенести</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta a un altro orario</source>
            <translation>Перенести на інший час</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="468" />
            <source>Sì, disdici</source>
            <translation>Так, скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="469" />
            <source>Sì, disdici la prenotazione</source>
            <translation>Так, скасувати запис</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="470" />
            <source>Sì, sposta</source>
            <translation>Так, перенести</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="471" />
            <source>Sì, sposta al nuovo orario</source>
            <translation>Так, перенести на новий час</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="472" />
            <source>Stampa la ricevuta</source>
            <translation>Надрукувати квитанцію</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine, torna all'inizio</source>
            <translation>Готово, на початок</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="474" />
            <source>◀ Indietro</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="475" />
            <source>Torna al passo precedente</source>
            <translation>Повернутися до попереднього кроку</translation>
        </message>
    </context>
    <context>
        <name>Nre</name>
        <message>
            <location filename="../../kiosk/nre.py" line="60" />
            <source>Scriva il numero della ricetta elettronica (NRE): lo trova in alto sul promemoria che le ha dato il medico.</source>
            <translation>Введіть номер електронного рецепта (NRE): він угорі на листку, який Вам дав лікар.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="67" />
            <source>Il numero della ricetta è troppo corto: deve avere 15 caratteri. Controlli di averli scritti tutti.</source>
            <translation>Номер рецепта закороткий: він має містити 15 символів. Перевірте, чи Ви ввели всі.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="74" />
            <source>Il numero della ricetta è troppo lungo: deve avere 15 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>Номер рецепта задовгий: він має містити 15 символів. Перевірте, чи Ви не ввели зайвий символ.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="81" />
            <source>Il numero della ricetta contiene solo lettere e numeri, senza simboli. Lo confronti con il promemoria, un carattere alla volta.</source>
            <translation>Номер рецепта містить лише літери й цифри, без символів. Порівняйте його з листком, символ за символом.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="88" />
            <source>Questa ricetta è stata fatta fuori dalla Lombardia e qui non posso prenotarla. Si rivolga allo sportello, per favore.</source>
            <translation>Цей рецепт виписано за межами Ломбардії, тож тут записатися за ним неможливо. Зверніться, будь ласка, до віконця.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="295" />
            <source>Questa ricetta è urgente (classe U) e andava prenotata entro 48 ore da quando è stata fatta. Ora non posso prenotarla: si rivolga allo sportello o al suo medico.</source>
            <translation>Цей рецепт терміновий (клас U), і за ним треба було записатися протягом 48 годин після виписки. Тепер записатися тут неможливо: зверніться до віконця або до свого лікаря.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="302" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>Термін дії цього рецепта минув: він дійсний шість місяців після виписки. Попросіть у лікаря новий рецепт.</translation>
        </message>
    </context>
    <context>
        <name>NrePage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="96" />
            <source>Il numero della ricetta</source>
            <translation>Номер рецепта</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="98" />
            <source>Scriva il numero della ricetta elettronica (NRE, 15 caratteri: lo trova in alto sul promemoria del medico) oppure avvicini il codice a barre al lettore.</source>
            <translation>Введіть номер електронного рецепта (NRE, 15 символів: угорі на листку лікаря) або піднесіть штрихкод до зчитувача.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="100" />
            <source>Numero della ricetta elettronica</source>
            <translation>Номер електронного рецепта</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="101" />
            <source>Continua</source>
            <translation>Продовжити</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="102" />
            <source>Continua con questo numero di ricetta</source>
            <translation>Продовжити з цим номером рецепта</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="105" />
            <source>Attenzione: %1</source>
            <translation>Увага: %1</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="126" />
            <source>Cifra %1</source>
            <translation>Цифра %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="127" />
            <source>⌫ Cancella</source>
            <translation>⌫ Видалити</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="128" />
            <source>Cancella l'ultima cifra</source>
            <translation>Видалити останню цифру</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="129" />
            <source>Svuota</source>
            <translation>Очистити</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="130" />
            <source>Cancella tutte le cifre</source>
            <translation>Видалити всі цифри</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="131" />
            <source>✓ Conferma</source>
            <translation>✓ Підтвердити</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="132" />
            <source>Conferma</source>
            <translation>Підтвердити</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="169" />
            <source>In quale ufficio preferisce andare?</source>
            <translation>До якого офісу Ви бажаєте піти?</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="177" />
            <source>Cifra %1</source>
            <extracomment>Letter rows of each layout, and how far each row is indented (in key widths).</extracomment>
            <translation>Цифра %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="179" />
            <source>Lettera %1</source>
            <translation>Літера %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="180" />
            <source>⌫ Cancella</source>
            <translation>⌫ Видалити</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="181" />
            <source>Cancella l'ultimo carattere</source>
            <translation>Видалити останній символ</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="182" />
            <source>Svuota</source>
            <translation>Очистити</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="183" />
            <source>Cancella tutto il testo</source>
            <translation>Видалити весь текст</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="185" />
            <source>QWERTY</source>
            <translation>QWERTY</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="187" />
            <source>Mostra le lettere come sulla tastiera del computer</source>
            <translation>Показати літери як на клавіатурі комп'ютера</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="189" />
            <source>A B C</source>
            <translation>A B C</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="190" />
            <source>Mostra le lettere in ordine alfabetico</source>
            <translation>Показати літери за абеткою</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="191" />
            <source>✓ Conferma</source>
            <translation>✓ Підтвердити</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="192" />
            <source>Conferma</source>
            <translation>Підтвердити</translation>
        </message>
    </context>
    <context>
        <name>OutOfServiceScreen</name>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="29" />
            <source>Postazione momentaneamente non disponibile</source>
            <translation>Термінал тимчасово недоступний</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="31" />
            <source>Non riusciamo a collegarci ai servizi del Comune e dell'ASST. La postazione riprova da sola e tornerà disponibile appena possibile.</source>
            <translation>Не вдається з'єднатися зі службами муніципалітету та ASST. Термінал пробує сам і знову стане доступним якнайшвидше.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="34" />
            <source>Se ha bisogno subito, si rivolga allo sportello: il personale la aiuterà.</source>
            <translation>Якщо Вам потрібна допомога негайно, зверніться до віконця: працівники Вам допоможуть.</translation>
        </message>
    </context>
    <context>
        <name>PagoPA</name>
        <message>
            <location filename="../../kiosk/pagopa.py" line="85" />
            <source>Scriva il codice avviso: sono 18 cifre, le trova sull'avviso di pagamento accanto alla scritta «Codice avviso».</source>
            <translation>Введіть код рахунку: він має 18 цифр і є на рахунку поруч із написом «Codice avviso».</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="92" />
            <source>Il codice avviso contiene solo numeri. Controlli di non aver scritto lettere o simboli.</source>
            <translation>Код рахунку містить лише цифри. Перевірте, чи Ви не ввели літери або символи.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="99" />
            <source>Il codice avviso è troppo corto: deve avere 18 cifre. Controlli di averle scritte tutte.</source>
            <translation>Код рахунку закороткий: він має містити 18 цифр. Перевірте, чи Ви ввели всі.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="106" />
            <source>Il codice avviso è troppo lungo: deve avere 18 cifre. Controlli di non aver scritto una cifra in più.</source>
            <translation>Код рахунку задовгий: він має містити 18 цифр. Перевірте, чи Ви не ввели зайву цифру.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="113" />
            <source>Questo non sembra un codice avviso pagoPA: di solito inizia con 3. Controlli di aver copiato il numero accanto alla scritta «Codice avviso».</source>
            <translation>Це не схоже на код рахунку pagoPA: зазвичай він починається з 3. Перевірте, чи Ви переписали номер поруч із написом «Codice avviso».</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="120" />
            <source>Il codice letto non contiene un codice avviso valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Зчитаний код не містить дійсного коду рахунку. Спробуйте ще раз або введіть код рахунку вручну.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="127" />
            <source>Questo codice non è il QR code di un avviso pagoPA. Inquadri il QR code stampato sull'avviso, oppure scriva il codice avviso.</source>
            <translation>Це не QR-код рахунку pagoPA. Піднесіть QR-код, надрукований на рахунку, або введіть код рахунку.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="134" />
            <source>Questo QR code pagoPA è di un tipo che non posso leggere. Scriva il codice avviso a mano, per favore.</source>
            <translation>Такий тип QR-коду pagoPA я не можу прочитати. Введіть, будь ласка, код рахунку вручну.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="141" />
            <source>Ho letto solo una parte del codice. Avvicini di nuovo l'avviso al lettore, tenendolo fermo, oppure scriva il codice avviso.</source>
            <translation>Я прочитав лише частину коду. Знову піднесіть рахунок до зчитувача, тримаючи його нерухомо, або введіть код рахунку.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="148" />
            <source>Il codice letto non contiene un codice fiscale dell'ente valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Зчитаний код не містить дійсного податкового коду установи. Спробуйте ще раз або введіть код рахунку вручну.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="155" />
            <source>Il codice letto non contiene un importo valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>Зчитаний код не містить дійсної суми. Спробуйте ще раз або введіть код рахунку вручну.</translation>
        </message>
    </context>
    <context>
        <name>PayScreen</name>
        <message>
            <location filename="../../ui/pay/screen.py" line="789" />
            <source>Stiamo controllando l'avviso…</source>
            <translation>Перевіряємо рахунок…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="796" />
            <source>Pagare un avviso pagoPA</source>
            <translation>Оплатити рахунок pagoPA</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="798" />
            <source>Avvicini al lettore il QR code stampato sull'avviso: il resto lo facciamo noi. Oppure scriva qui sotto il codice avviso.</source>
            <translation>Піднесіть до зчитувача QR-код, надрукований на рахунку: решту зробимо ми. Або введіть код рахунку нижче.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="800" />
            <source>Codice avviso (18 cifre)</source>
            <translation>Код рахунку (18 цифр)</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="801" />
            <source>Codice avviso</source>
            <translation>Код рахунку</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="803" />
            <source>18 cifre, le trova sull'avviso accanto alla scritta Codice avviso</source>
            <translation>18 цифр, на рахунку поруч із написом Codice avviso</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="804" />
            <source>Ente che ha emesso l'avviso</source>
            <translation>Установа, що виставила рахунок</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="805" />
            <source>oppure il suo codice fiscale (11 cifre):</source>
            <translation>або її податковий код (11 цифр):</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="806" />
            <source>Codice fiscale dell'ente creditore</source>
            <translation>Податковий код установи-кредитора</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="807" />
            <location filename="../../ui/pay/screen.py" line="808" />
            <source>Controlla l'avviso</source>
            <translation>Перевірити рахунок</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="809" />
            <source>Ticket sanitario</source>
            <translation>Медичний збір</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="811" />
            <source>Pagare il ticket sanitario di una prenotazione</source>
            <translation>Сплатити медичний збір за запис</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="812" />
            <source>Enti</source>
            <translation>Установи</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="818" />
            <source>Scelga l'ente che ha emesso l'avviso, oppure scriva il suo codice fiscale di 11 cifre.</source>
            <translation>Виберіть установу, що виставила рахунок, або введіть її податковий код з 11 цифр.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="823" />
            <location filename="../../ui/pay/screen.py" line="852" />
            <location filename="../../ui/pay/screen.py" line="979" />
            <source>Attenzione</source>
            <translation>Увага</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="827" />
            <source>Pagare il ticket di una prenotazione</source>
            <translation>Сплатити збір за запис</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="829" />
            <source>Scriva il codice della prenotazione e il codice fiscale della persona prenotata.</source>
            <translation>Введіть код запису і податковий код записаної людини.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="830" />
            <location filename="../../ui/pay/screen.py" line="831" />
            <source>Codice prenotazione</source>
            <translation>Код запису</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="832" />
            <location filename="../../ui/pay/screen.py" line="833" />
            <source>Codice fiscale</source>
            <translation>Податковий код</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="834" />
            <source>Cerca il ticket</source>
            <translation>Знайти збір</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="835" />
            <source>Cerca il ticket da pagare</source>
            <translation>Знайти збір до сплати</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="837" />
            <source>Indietro</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="838" />
            <source>Torna al codice avviso</source>
            <translation>Повернутися до коду рахунку</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="842" />
            <source>Stiamo cercando la prenotazione…</source>
            <translation>Шукаємо запис…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="846" />
            <source>Scriva il codice della prenotazione.</source>
            <translation>Введіть код запису.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="849" />
            <source>Il codice fiscale non è completo o non è corretto. Lo controlli, per favore.</source>
            <translation>Податковий код неповний або неправильний. Перевірте його, будь ласка.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="857" />
            <source>Controlli i dati dell'avviso</source>
            <translation>Перевірте дані рахунку</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="858" />
            <source>Importo da pagare</source>
            <translation>Сума до сплати</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="859" />
            <source>Paga con la carta</source>
            <translation>Сплатити карткою</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="860" />
            <source>Annulla</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="861" />
            <source>Annulla e torna al codice avviso</source>
            <translation>Скасувати й повернутися до коду рахунку</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="866" />
            <source>Paga</source>
            <translation>Оплатити</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="872" />
            <location filename="../../ui/pay/screen.py" line="922" />
            <source>Importo: %1</source>
            <translation>Сума: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="873" />
            <source>Da pagare entro il %1</source>
            <translation>Сплатити до %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="875" />
            <source>Codice avviso: %1</source>
            <translation>Код рахунку: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="877" />
            <source>Paga %1 con la carta</source>
            <translation>Сплатити %1 карткою</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="881" />
            <source>Avviso non trovato</source>
            <translation>Рахунок не знайдено</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="882" />
            <source>Avviso scaduto</source>
            <translation>Строк рахунку минув</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="883" />
            <source>Avviso annullato dall'ente</source>
            <translation>Рахунок скасовано установою</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="884" />
            <source>Avviso già pagato</source>
            <translation>Рахунок уже сплачено</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="885" />
            <source>Pagamento già in corso</source>
            <translation>Платіж уже виконується</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="886" />
            <source>Dati dell'avviso non corretti</source>
            <translation>Неправильні дані рахунку</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="887" />
            <source>L'ente non risponde</source>
            <translation>Установа не відповідає</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="888" />
            <source>Problema temporaneo</source>
            <translation>Тимчасова проблема</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="889" />
            <source>Errore imprevisto</source>
            <translation>Неочікувана помилка</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="890" />
            <location filename="../../ui/pay/screen.py" line="891" />
            <location filename="../../ui/pay/screen.py" line="892" />
            <source>Il servizio non risponde</source>
            <translation>Служба не відповідає</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="895" />
            <location filename="../../ui/pay/screen.py" line="896" />
            <source>Qualcosa non ha funzionato</source>
            <translation>Щось пішло не так</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="905" />
            <source>Se il pagamento fosse già partito, non le verrà addebitato due volte.</source>
            <translation>Якщо платіж уже почався, з Вас не спишуть гроші двічі.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="907" />
            <source>Messaggio</source>
            <translation>Повідомлення</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="910" />
            <location filename="../../ui/pay/screen.py" line="911" />
            <source>Riprova</source>
            <translation>Спробувати ще раз</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="913" />
            <source>Correggi i dati</source>
            <translation>Виправити дані</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="914" />
            <source>Correggi il codice avviso o l'ente</source>
            <translation>Виправити код рахунку або установу</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="915" />
            <source>Torna all'inizio</source>
            <translation>На початок</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="916" />
            <source>Torna alla pagina iniziale</source>
            <translation>Повернутися на початкову сторінку</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="923" />
            <source>Terminale di pagamento</source>
            <translation>Платіжний термінал</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="924" />
            <source>Inserisca o avvicini la carta al terminale</source>
            <translation>Вставте картку або прикладіть її до термінала</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="926" />
            <location filename="../../ui/pay/screen.py" line="927" />
            <source>Stiamo preparando il terminale…</source>
            <translation>Готуємо термінал…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="929" />
            <source>Il terminale è pronto. Segua le istruzioni sul terminale.</source>
            <translation>Термінал готовий. Дотримуйтеся вказівок на терміналі.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="930" />
            <source>Stiamo annullando il pagamento…</source>
            <translation>Скасовуємо платіж…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="933" />
            <source>Stato del pagamento</source>
            <translation>Стан платежу</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="934" />
            <location filename="../../ui/pay/screen.py" line="935" />
            <source>Annulla il pagamento</source>
            <translation>Скасувати платіж</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="943" />
            <source>Non le è stato addebitato nulla.</source>
            <translation>З Вас нічого не списано.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="946" />
            <source>Pagamento riuscito</source>
            <translation>Платіж виконано</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="947" />
            <source>Ha pagato %1 a %2.</source>
            <translation>Ви сплатили %1 на користь %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="950" />
            <source>Stiamo preparando la ricevuta…</source>
            <translation>Готуємо квитанцію…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="953" />
            <source>La ricevuta sarà disponibile tra poco: il personale può stamparla.</source>
            <translation>Квитанція скоро буде доступна: працівники можуть її надрукувати.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="956" />
            <source>Ritiri la ricevuta dalla stampante. Codice ricevuta: %1</source>
            <translation>Візьміть квитанцію з принтера. Код квитанції: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="960" />
            <source>La stampante non è disponibile: la ricevuta è salvata e il personale può stamparla con il codice %1.</source>
            <translation>Принтер недоступний: квитанцію збережено, і працівники можуть надрукувати її за кодом %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="963" />
            <source>Pagamento non riuscito</source>
            <translation>Платіж не виконано</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="964" />
            <source>La carta non è stata accettata.</source>
            <translation>Картку не прийнято.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="965" />
            <source>Può riprovare con un'altra carta.</source>
            <translation>Ви можете спробувати ще раз з іншою карткою.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="967" />
            <source>Pagamento annullato</source>
            <translation>Платіж скасовано</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="968" />
            <source>Può riprovare quando vuole.</source>
            <translation>Ви можете спробувати ще раз будь-коли.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="970" />
            <source>Tempo scaduto</source>
            <translation>Час вичерпано</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="971" />
            <source>Il terminale non ha ricevuto la carta in tempo.</source>
            <translation>Термінал не отримав картку вчасно.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="972" />
            <source>Può riprovare.</source>
            <translation>Ви можете спробувати ще раз.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="978" />
            <source>Riuscito</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa un'altra copia</source>
            <translation>Надрукувати ще одну копію</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa la ricevuta</source>
            <translation>Надрукувати квитанцію</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="987" />
            <source>Stampa in corso…</source>
            <translation>Друкуємо…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="988" />
            <source>Ricevuta stampata.</source>
            <translation>Квитанцію надруковано.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="990" />
            <source>La stampante non risponde. Il personale può stampare la ricevuta.</source>
            <translation>Принтер не відповідає. Працівники можуть надрукувати квитанцію.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1003" />
            <location filename="../../ui/pay/screen.py" line="1004" />
            <source>Riprova il pagamento</source>
            <translation>Спробувати оплатити ще раз</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1006" />
            <source>Fine</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1007" />
            <source>Fine, torna alla pagina iniziale</source>
            <translation>Готово, на початкову сторінку</translation>
        </message>
    </context>
    <context>
        <name>PinOverlay</name>
        <message>
            <location filename="../../ui/screens/pin.py" line="196" />
            <source>Accesso tutor e personale</source>
            <translation>Доступ для тьюторів і працівників</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="197" />
            <source>Digiti il PIN personale e tocchi «Conferma».</source>
            <translation>Введіть особистий PIN і торкніться «Підтвердити».</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="198" />
            <source>Tastierino del PIN</source>
            <translation>Клавіатура PIN</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="201" />
            <source>Tasto del PIN</source>
            <translation>Клавіша PIN</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="202" />
            <source>⌫</source>
            <translation>⌫</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="203" />
            <source>Cancella l'ultima cifra</source>
            <translation>Видалити останню цифру</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="204" />
            <source>Annulla</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="205" />
            <source>Annulla e chiudi il tastierino</source>
            <translation>Скасувати й закрити клавіатуру</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="206" />
            <source>✓ Conferma</source>
            <translation>✓ Підтвердити</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="207" />
            <source>Conferma il PIN</source>
            <translation>Підтвердити PIN</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="224" />
            <source>PIN: nessuna cifra inserita</source>
            <translation>PIN: цифр не введено</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/pin.py" line="226" />
            <source>PIN: %n cifre inserite</source>
            <translation>
                <numerusform>PIN: введено %n цифру</numerusform>
                <numerusform>PIN: введено %n цифри</numerusform>
                <numerusform>PIN: введено %n цифр</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="246" />
            <source>PIN non corretto. Tentativi rimasti prima del blocco: %1.</source>
            <translation>Неправильний PIN. Залишилося спроб до блокування: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="249" />
            <source>Troppi PIN errati: il tastierino è bloccato. Riprovi tra %1.</source>
            <translation>Забагато неправильних PIN: клавіатуру заблоковано. Спробуйте ще раз через %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="252" />
            <source>Verifica in corso…</source>
            <translation>Перевіряємо…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="254" />
            <source>Non è stato possibile verificare il PIN. Riprovi.</source>
            <translation>Не вдалося перевірити PIN. Спробуйте ще раз.</translation>
        </message>
    </context>
    <context>
        <name>Printer</name>
        <message>
            <location filename="../../printing/backends/base.py" line="107" />
            <source>La stampante è pronta.</source>
            <translation>Принтер готовий.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="108" />
            <source>La stampante è ferma.</source>
            <translation>Принтер зупинено.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="109" />
            <source>La stampante non accetta stampe.</source>
            <translation>Принтер не приймає завдання друку.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="110" />
            <source>La stampante è in pausa.</source>
            <translation>Принтер призупинено.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="111" />
            <source>La stampante non è configurata.</source>
            <translation>Принтер не налаштовано.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="112" />
            <source>Il servizio di stampa non risponde.</source>
            <translation>Служба друку не відповідає.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="113" />
            <source>La carta è finita.</source>
            <translation>Закінчився папір.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="114" />
            <source>La carta è inceppata.</source>
            <translation>Папір застряг.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="115" />
            <source>Lo sportello della stampante è aperto.</source>
            <translation>Кришку принтера відкрито.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="116" />
            <source>La stampante è spenta o scollegata.</source>
            <translation>Принтер вимкнено або від'єднано.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="117" />
            <source>Stampa completata.</source>
            <translation>Друк завершено.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="119" />
            <source>La stampante si è fermata: la stampa è stata annullata.</source>
            <translation>Принтер зупинився: друк скасовано.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="121" />
            <source>La stampa non è riuscita.</source>
            <translation>Друк не вдався.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="122" />
            <source>La stampa è stata annullata.</source>
            <translation>Друк скасовано.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="124" />
            <source>La stampante non ha risposto in tempo: stampa annullata.</source>
            <translation>Принтер не відповів вчасно: друк скасовано.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="126" />
            <source>La stampa non è stata accettata.</source>
            <translation>Завдання друку не прийнято.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="127" />
            <source>Il documento da stampare non esiste.</source>
            <translation>Документа для друку не існує.</translation>
        </message>
    </context>
    <context>
        <name>PrinterNotice</name>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Attenzione: la stampante non è disponibile. Può continuare: la ricevuta comparirà sullo schermo e potrà farla stampare allo sportello.</source>
            <translation>Увага: принтер недоступний. Ви можете продовжити: квитанція з'явиться на екрані, і її можна буде надрукувати у віконці.</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../../printing/labels.py" line="33" />
            <source>Ricevuta di pagamento</source>
            <translation>Квитанція про оплату</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="34" />
            <source>Attestazione di pagamento pagoPA</source>
            <translation>Підтвердження оплати pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="35" />
            <source>Conferma di prenotazione</source>
            <translation>Підтвердження запису</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="36" />
            <source>Disdetta della prenotazione</source>
            <translation>Скасування запису</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="37" />
            <source>Riepilogo giornaliero</source>
            <translation>Денний підсумок</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="40" />
            <source>Data e ora</source>
            <translation>Дата і час</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="41" />
            <source>Ente creditore</source>
            <translation>Установа-кредитор</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="42" />
            <source>Codice fiscale ente</source>
            <translation>Податковий код установи</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="43" />
            <source>Causale</source>
            <translation>Призначення платежу</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="44" />
            <source>Codice avviso</source>
            <translation>Код рахунку</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="45" />
            <source>IUV (codice identificativo del versamento)</source>
            <translation>IUV (унікальний ідентифікатор платежу)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="46" />
            <source>Importo</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="47" />
            <source>Commissione</source>
            <translation>Комісія</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="48" />
            <source>Totale pagato</source>
            <translation>Усього сплачено</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="49" />
            <source>Prestatore del servizio di pagamento</source>
            <translation>Надавач платіжних послуг</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="50" />
            <source>Codice fiscale prestatore</source>
            <translation>Податковий код надавача</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="51" />
            <source>Numero univoco del pagamento</source>
            <translation>Унікальний номер платежу</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="52" />
            <source>IUR (identificativo della riscossione)</source>
            <translation>IUR (ідентифікатор стягнення)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="54" />
            <source>Conservi questa ricevuta: attesta il pagamento effettuato.</source>
            <translation>Збережіть цю квитанцію: вона підтверджує здійснений платіж.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="58" />
            <source>Codice prenotazione</source>
            <translation>Код запису</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="59" />
            <source>Paziente (codice fiscale)</source>
            <translation>Пацієнт (податковий код)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="60" />
            <source>Prestazione</source>
            <translation>Послуга</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="61" />
            <source>Quando</source>
            <translation>Коли</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="62" />
            <source>dalle %1 alle %2</source>
            <translation>з %1 до %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="63" />
            <source>Dove</source>
            <translation>Де</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="64" />
            <source>Cosa portare</source>
            <translation>Що взяти з собою</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="65" />
            <source>Ticket da pagare</source>
            <translation>Збір до сплати</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="66" />
            <source>Nessun ticket da pagare</source>
            <translation>Збору до сплати немає</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="67" />
            <source>Paghi il ticket con l'avviso pagoPA</source>
            <translation>Сплатіть збір за рахунком pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="68" />
            <source>Per disdire</source>
            <translation>Щоб скасувати</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="69" />
            <source>Disdica entro: %1</source>
            <translation>Скасуйте до: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="71" />
            <source>Inquadri il codice con il telefono per salvare l'appuntamento</source>
            <translation>Відскануйте код телефоном, щоб зберегти запис</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="73" />
            <source>Appuntamento disdetto</source>
            <translation>Запис скасовано</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="74" />
            <source>Disdetta registrata il</source>
            <translation>Скасування зареєстровано</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="76" />
            <source>La prenotazione è stata disdetta. Non deve presentarsi.</source>
            <translation>Запис скасовано. Вам не потрібно приходити.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="80" />
            <source>Giorno</source>
            <translation>День</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="81" />
            <source>Servizi completati</source>
            <translation>Завершені послуги</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="82" />
            <source>Nessun servizio completato</source>
            <translation>Немає завершених послуг</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="83" />
            <source>Incassi per ente</source>
            <translation>Надходження за установами</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="84" />
            <source>Nessun pagamento</source>
            <translation>Платежів немає</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="85" />
            <source>Pagamenti: %1</source>
            <translation>Платежі: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="86" />
            <source>di cui commissioni: %1</source>
            <translation>з них комісії: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="87" />
            <source>Totale incassato</source>
            <translation>Усього отримано</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="88" />
            <source>Sessioni</source>
            <translation>Сеанси</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="89" />
            <source>Con assistenza di un tutor</source>
            <translation>З допомогою тьютора</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="90" />
            <source>Stampe non riuscite</source>
            <translation>Невдалі друки</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="91" />
            <source>Percorsi abbandonati</source>
            <translation>Перервані сеанси</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="94" />
            <source>Postazione</source>
            <translation>Термінал</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="95" />
            <source>Emessa il</source>
            <translation>Видано</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="96" />
            <source>Assistito da un tutor: %1</source>
            <translation>З допомогою тьютора: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="97" />
            <source>Codice ricevuta</source>
            <translation>Код квитанції</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="99" />
            <source>Mostri questo codice allo sportello per ritrovare la ricevuta</source>
            <translation>Покажіть цей код у віконці, щоб знайти квитанцію</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="101" />
            <source>Pagina %1 di %2</source>
            <translation>Сторінка %1 з %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="102" />
            <source>%1, ore %2</source>
            <translation>%1, о %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="105" />
            <source>lunedì</source>
            <translation>понеділок</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="106" />
            <source>martedì</source>
            <translation>вівторок</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="107" />
            <source>mercoledì</source>
            <translation>середа</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="108" />
            <source>giovedì</source>
            <translation>четвер</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="109" />
            <source>venerdì</source>
            <translation>п'ятниця</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="110" />
            <source>sabato</source>
            <translation>субота</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="111" />
            <source>domenica</source>
            <translation>неділя</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="114" />
            <source>gennaio</source>
            <translation>січня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="115" />
            <source>febbraio</source>
            <translation>лютого</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="116" />
            <source>marzo</source>
            <translation>березня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="117" />
            <source>aprile</source>
            <translation>квітня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="118" />
            <source>maggio</source>
            <translation>травня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="119" />
            <source>giugno</source>
            <translation>червня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="120" />
            <source>luglio</source>
            <translation>липня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="121" />
            <source>agosto</source>
            <translation>серпня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="122" />
            <source>settembre</source>
            <translation>вересня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="123" />
            <source>ottobre</source>
            <translation>жовтня</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="124" />
            <source>novembre</source>
            <translation>листопада</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="125" />
            <source>dicembre</source>
            <translation>грудня</translation>
        </message>
    </context>
    <context>
        <name>ReceiptFallback</name>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="103" />
            <source>La ricevuta non è stata stampata, ma è conservata.</source>
            <translation>Квитанцію не надруковано, але її збережено.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="106" />
            <source>Fotografi il codice QR con il telefono, oppure mostri questo codice allo sportello: il personale le stampa la ricevuta.</source>
            <translation>Сфотографуйте QR-код телефоном або покажіть цей код у віконці: працівники надрукують Вам квитанцію.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="108" />
            <source>Codice QR della ricevuta</source>
            <translation>QR-код квитанції</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="110" />
            <source>Codice ricevuta: %1</source>
            <translation>Код квитанції: %1</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../ui/scan_router.py" line="49" />
            <source>Questo codice non si può usare in questa schermata.</source>
            <translation>Цей код не можна використати на цьому екрані.</translation>
        </message>
    </context>
    <context>
        <name>Scanner</name>
        <message>
            <location filename="../../kiosk/scanner.py" line="229" />
            <source>Questo codice non è tra quelli che posso leggere qui.</source>
            <translation>Цей код тут прочитати неможливо.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="232" />
            <source>Non sono riuscito a leggere bene il codice fiscale. Passi di nuovo la tessera sanitaria davanti al lettore, oppure scriva il codice a mano.</source>
            <translation>Не вдалося добре прочитати податковий код. Проведіть медичну картку перед зчитувачем ще раз або введіть код вручну.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="239" />
            <source>Il tesserino non è stato letto bene. Lo passi di nuovo davanti al lettore.</source>
            <translation>Пропуск прочитано погано. Проведіть його перед зчитувачем ще раз.</translation>
        </message>
    </context>
    <context>
        <name>ScrollColumn</name>
        <message>
            <location filename="../../ui/widgets/scroll.py" line="66" />
            <source>Scorrere per vedere il resto della pagina</source>
            <translation>Прокрутіть, щоб побачити решту сторінки</translation>
        </message>
    </context>
    <context>
        <name>ServiceError</name>
        <message>
            <location filename="../../kiosk/services/errors.py" line="20" />
            <source>Non troviamo questo avviso. Controlli il numero e l'ente creditore.</source>
            <translation>Ми не знаходимо цей рахунок. Перевірте номер і установу-кредитора.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="23" />
            <source>Questo avviso è scaduto e non si può più pagare qui. Si rivolga all'ente che lo ha emesso.</source>
            <translation>Строк цього рахунку минув, і тут його більше не можна сплатити. Зверніться до установи, яка його виставила.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="28" />
            <source>Questo avviso è stato annullato dall'ente e non va pagato.</source>
            <translation>Цей рахунок скасовано установою, його не потрібно сплачувати.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="32" />
            <source>Questo avviso risulta già pagato. Non deve pagarlo di nuovo.</source>
            <translation>Цей рахунок уже сплачено. Вам не потрібно сплачувати його знову.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="35" />
            <source>Un pagamento di questo avviso è già in corso. Attenda qualche minuto e riprovi.</source>
            <translation>Платіж за цим рахунком уже виконується. Зачекайте кілька хвилин і спробуйте ще раз.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="39" />
            <source>I dati dell'avviso non corrispondono. Controlli il numero, l'ente e l'importo.</source>
            <translation>Дані рахунку не збігаються. Перевірте номер, установу і суму.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="43" />
            <source>L'ente creditore non risponde in questo momento. Riprovi più tardi.</source>
            <translation>Установа-кредитор зараз не відповідає. Спробуйте пізніше.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="47" />
            <source>C'è un problema temporaneo con questo avviso. Riprovi tra qualche minuto.</source>
            <translation>З цим рахунком тимчасова проблема. Спробуйте ще раз за кілька хвилин.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="51" />
            <source>Si è verificato un errore imprevisto. Nessun importo è stato addebitato. Riprovi.</source>
            <translation>Сталася неочікувана помилка. Жодних коштів не списано. Спробуйте ще раз.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="56" />
            <source>Non troviamo questa ricetta. Controlli il codice NRE.</source>
            <translation>Ми не знаходимо цей рецепт. Перевірте код NRE.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="59" />
            <source>Questa ricetta è scaduta (vale 6 mesi). Chieda una nuova ricetta al suo medico.</source>
            <translation>Строк дії цього рецепта минув (він дійсний 6 місяців). Попросіть у лікаря новий рецепт.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="63" />
            <source>Questa ricetta è già stata usata per una prenotazione.</source>
            <translation>Цей рецепт уже використано для запису.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="66" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli il codice fiscale.</source>
            <translation>Цей рецепт виписано на іншу людину. Перевірте податковий код.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="70" />
            <source>Una ricetta urgente va prenotata entro 48 ore. Si rivolga allo sportello o al suo medico.</source>
            <translation>За терміновим рецептом треба записатися протягом 48 годин. Зверніться до віконця або до свого лікаря.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="75" />
            <source>Per questa prestazione serve la ricetta elettronica (codice NRE).</source>
            <translation>Для цієї послуги потрібен електронний рецепт (код NRE).</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="78" />
            <source>Questa ricetta è per un'altra prestazione.</source>
            <translation>Цей рецепт призначено для іншої послуги.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="82" />
            <source>Questo orario è appena stato preso. Ecco gli orari ancora liberi.</source>
            <translation>Цей час щойно зайняли. Ось час, який ще вільний.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="85" />
            <source>Questo orario non è più disponibile. Scelga un altro orario.</source>
            <translation>Цей час уже недоступний. Виберіть інший час.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="88" />
            <source>Questo servizio non è disponibile. Scelga un altro servizio.</source>
            <translation>Ця послуга недоступна. Виберіть іншу послугу.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="91" />
            <source>Non troviamo la prenotazione. Controlli il codice di prenotazione e il codice fiscale.</source>
            <translation>Ми не знаходимо запис. Перевірте код запису й податковий код.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="95" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>Цей запис уже скасовано.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="98" />
            <source>È troppo tardi per annullare o spostare qui questa prenotazione. Chiami o si rechi allo sportello.</source>
            <translation>Запізно скасовувати або переносити цей запис тут. Зателефонуйте до віконця або підійдіть туди.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="103" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>Податковий код недійсний. Перевірте його, будь ласка.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="107" />
            <source>Non troviamo questo pagamento. Chieda aiuto al personale.</source>
            <translation>Ми не знаходимо цей платіж. Попросіть допомоги в працівників.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="110" />
            <source>Il pagamento è già concluso e non si può più annullare.</source>
            <translation>Платіж уже завершено, і його більше не можна скасувати.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="113" />
            <source>Non troviamo questa ricevuta. Chieda aiuto al personale.</source>
            <translation>Ми не знаходимо цю квитанцію. Попросіть допомоги в працівників.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="116" />
            <source>La richiesta di aiuto non è stata trovata. La ripeta, per favore.</source>
            <translation>Запит на допомогу не знайдено. Повторіть його, будь ласка.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="126" />
            <source>La richiesta non è andata a buon fine. Chieda aiuto al personale.</source>
            <translation>Запит не вдався. Попросіть допомоги в працівників.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="129" />
            <source>Il servizio non è raggiungibile in questo momento. Riprovi tra poco o chieda aiuto al personale.</source>
            <translation>Служба зараз недоступна. Спробуйте ще раз трохи згодом або попросіть допомоги в працівників.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="134" />
            <source>Il servizio sta rispondendo troppo lentamente. Riprovi tra poco.</source>
            <translation>Служба відповідає надто повільно. Спробуйте ще раз трохи згодом.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="137" />
            <source>Il servizio ha un problema temporaneo. Riprovi tra poco.</source>
            <translation>Служба має тимчасову проблему. Спробуйте ще раз трохи згодом.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="140" />
            <source>Il servizio ha dato una risposta che non capiamo. Chieda aiuto al personale.</source>
            <translation>Служба дала відповідь, якої ми не розуміємо. Попросіть допомоги в працівників.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="144" />
            <source>Questa postazione non è autorizzata a usare il servizio. Chieda aiuto al personale.</source>
            <translation>Цей термінал не має дозволу користуватися службою. Попросіть допомоги в працівників.</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="116" />
            <source>Che cosa vuole prenotare?</source>
            <translation>На що Ви бажаєте записатися?</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="122" />
            <source>gratuito</source>
            <translation>безкоштовно</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="124" />
            <source>Sanità – ASST Pavia</source>
            <translation>Охорона здоров'я – ASST Павія</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="125" />
            <source>Visita o esame con la ricetta</source>
            <translation>Візит або обстеження за рецептом</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="126" />
            <source>Serve il numero della ricetta elettronica (NRE)</source>
            <translation>Потрібен номер електронного рецепта (NRE)</translation>
        </message>
    </context>
    <context>
        <name>SlotPage</name>
        <message>
            <location filename="../../ui/book/slot_page.py" line="319" />
            <source>Quando preferisce?</source>
            <translation>Коли Вам зручно?</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="321" />
            <source>Primi giorni liberi</source>
            <translation>Найближчі вільні дні</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="323" />
            <source>Torna ai primi giorni</source>
            <translation>Повернутися до найближчих днів</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="324" />
            <source>Altre date (calendario)</source>
            <translation>Інші дати (календар)</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="325" />
            <source>◀ Orari precedenti</source>
            <translation>◀ Раніший час</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="326" />
            <source>Orari successivi ▶</source>
            <translation>Пізніший час ▶</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="327" />
            <source>Mese precedente</source>
            <translation>Попередній місяць</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="328" />
            <source>Mese successivo</source>
            <translation>Наступний місяць</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="344" />
            <source>Orari liberi di %1</source>
            <translation>Вільний час на %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="352" />
            <source>Ore %1</source>
            <translation>О %1</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/speech.py" line="51" />
            <source>Lettura ad alta voce attiva. Tocchi una volta un pulsante per sentirlo, due volte per sceglierlo.</source>
            <extracomment>Phrases the speech layer adds itself (translated at speaking time).</extracomment>
            <translation>Читання вголос увімкнено. Торкніться кнопки один раз, щоб почути її, двічі — щоб вибрати.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="55" />
            <source>Lettura ad alta voce spenta.</source>
            <translation>Читання вголос вимкнено.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="56" />
            <source>Niente da ripetere.</source>
            <translation>Нічого повторювати.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="57" />
            <source>Volume %1 di %2.</source>
            <translation>Гучність %1 з %2.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="58" />
            <source>non disponibile</source>
            <translation>недоступно</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="59" />
            <source>Attenzione: %1</source>
            <translation>Увага: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="60" />
            <source>Contenuto della ricevuta:</source>
            <translation>Вміст квитанції:</translation>
        </message>
    </context>
    <context>
        <name>SpeechBar</name>
        <message>
            <location filename="../../ui/speech.py" line="326" />
            <source>■ Ferma</source>
            <translation>■ Стоп</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="327" />
            <source>Ferma la voce</source>
            <translation>Зупинити голос</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="328" />
            <source>↻ Ripeti</source>
            <translation>↻ Повторити</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="329" />
            <source>Ripeti</source>
            <translation>Повторити</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="330" />
            <source>− Volume</source>
            <translation>− Гучність</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="331" />
            <source>Abbassa il volume</source>
            <translation>Зменшити гучність</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="332" />
            <source>+ Volume</source>
            <translation>+ Гучність</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="333" />
            <source>Alza il volume</source>
            <translation>Збільшити гучність</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="465" />
            <source>Pagamento</source>
            <translation>Платіж</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="466" />
            <source>Prenotazione</source>
            <translation>Запис</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="467" />
            <source>Disdetta</source>
            <translation>Скасування</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="468" />
            <source>Riepilogo</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="471" />
            <source>stampata</source>
            <translation>надруковано</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="472" />
            <source>stampa non riuscita</source>
            <translation>друк не вдався</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="473" />
            <source>non stampata</source>
            <translation>не надруковано</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="554" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>Термінал тимчасово не працює. Зверніться до віконця.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="561" />
            <source>Ristampa di %1 in corso…</source>
            <translation>Повторний друк %1…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="562" />
            <source>Stampa del riepilogo del giorno in corso…</source>
            <translation>Друкуємо денний підсумок…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="563" />
            <source>Stampa della pagina di prova in corso…</source>
            <translation>Друкуємо тестову сторінку…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="564" />
            <source>Riavvio della coda di stampa…</source>
            <translation>Перезапускаємо чергу друку…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="565" />
            <source>La ricevuta %1 non è più disponibile.</source>
            <translation>Квитанція %1 більше недоступна.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="566" />
            <source>Ricevuta %1 ristampata.</source>
            <translation>Квитанцію %1 надруковано повторно.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="567" />
            <source>Ristampa di %1 non riuscita: %2</source>
            <translation>Повторний друк %1 не вдався: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="568" />
            <source>Riepilogo del giorno stampato (%1).</source>
            <translation>Денний підсумок надруковано (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="569" />
            <source>Riepilogo salvato (%1) ma non stampato: %2</source>
            <translation>Підсумок збережено (%1), але не надруковано: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="570" />
            <source>Pagina di prova stampata.</source>
            <translation>Тестову сторінку надруковано.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="571" />
            <source>Pagina di prova non stampata: %1</source>
            <translation>Тестову сторінку не надруковано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="572" />
            <source>Coda di stampa riavviata: %1</source>
            <translation>Чергу друку перезапущено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="573" />
            <source>Non è stato possibile riavviare la coda: %1</source>
            <translation>Не вдалося перезапустити чергу: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="574" />
            <source>Postazione fuori servizio.</source>
            <translation>Термінал не працює.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="575" />
            <source>Postazione di nuovo in servizio.</source>
            <translation>Термінал знову працює.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="576" />
            <source>Questa funzione è riservata al personale dell'ufficio.</source>
            <translation>Ця функція лише для працівників офісу.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="577" />
            <source>Nessuna stampante configurata su questa postazione.</source>
            <translation>На цьому терміналі не налаштовано жодного принтера.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="578" />
            <source>Operazione non riuscita: riprovi o chiami l'assistenza tecnica.</source>
            <translation>Операція не вдалася: спробуйте ще раз або зверніться до технічної підтримки.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="581" />
            <source>Strumenti del personale</source>
            <translation>Інструменти працівників</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="582" />
            <source>Accesso di %1 (%2)</source>
            <translation>Вхід: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="584" />
            <source>Ricevute</source>
            <translation>Квитанції</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="586" />
            <source>Codice ricevuta, codice prenotazione o numero avviso</source>
            <translation>Код квитанції, код запису або номер рахунку</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="587" />
            <source>Cerca una ricevuta</source>
            <translation>Знайти квитанцію</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="588" />
            <source>Cerca</source>
            <translation>Шукати</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="589" />
            <source>Cerca la ricevuta</source>
            <translation>Шукати квитанцію</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="590" />
            <source>Nessuna ricevuta trovata.</source>
            <translation>Квитанцію не знайдено.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/staff.py" line="592" />
            <source>Ricevute trovate: %n. Scorra l'elenco con il dito.</source>
            <translation>
                <numerusform>Знайдено %n квитанцію. Прокручуйте список пальцем.</numerusform>
                <numerusform>Знайдено %n квитанції. Прокручуйте список пальцем.</numerusform>
                <numerusform>Знайдено %n квитанцій. Прокручуйте список пальцем.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="597" />
            <location filename="../../ui/screens/staff.py" line="598" />
            <source>Ristampa la ricevuta scelta</source>
            <translation>Повторно надрукувати вибрану квитанцію</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="599" />
            <source>Stampante</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="601" />
            <source>Stato della stampante non disponibile.</source>
            <translation>Стан принтера недоступний.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="606" />
            <source>Pagina di prova</source>
            <translation>Тестова сторінка</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="607" />
            <source>Stampa una pagina di prova</source>
            <translation>Надрукувати тестову сторінку</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="608" />
            <source>Riavvia la coda</source>
            <translation>Перезапустити чергу</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="610" />
            <source>Riavvia la coda di stampa messa in pausa</source>
            <translation>Перезапустити призупинену чергу друку</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="611" />
            <location filename="../../ui/screens/staff.py" line="612" />
            <source>Stampa il riepilogo del giorno</source>
            <translation>Надрукувати денний підсумок</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="613" />
            <source>Postazione</source>
            <translation>Термінал</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="615" />
            <source>Messaggio per i cittadini</source>
            <translation>Повідомлення для громадян</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="617" />
            <source>Rimetti in servizio</source>
            <translation>Відновити роботу</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="618" />
            <source>Rimetti in servizio la postazione</source>
            <translation>Відновити роботу термінала</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="620" />
            <source>Metti fuori servizio</source>
            <translation>Вимкнути з обслуговування</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="622" />
            <source>Metti la postazione fuori servizio con il messaggio</source>
            <translation>Вимкнути термінал з обслуговування з повідомленням</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="624" />
            <source>Tocchi di nuovo per uscire al desktop</source>
            <translation>Торкніться ще раз, щоб вийти на робочий стіл</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="625" />
            <source>Conferma l'uscita al desktop</source>
            <translation>Підтвердити вихід на робочий стіл</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="627" />
            <source>Esci al desktop</source>
            <translation>Вийти на робочий стіл</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="628" />
            <source>Chiudi l'applicazione ed esci al desktop</source>
            <translation>Закрити застосунок і вийти на робочий стіл</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="629" />
            <source>Torna alla postazione</source>
            <translation>Повернутися до термінала</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="631" />
            <source>Esci dagli strumenti e torna alla postazione</source>
            <translation>Вийти з інструментів і повернутися до термінала</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="261" />
            <source>Controlli la prenotazione</source>
            <translation>Перевірте запис</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="262" />
            <source>Conferma la prenotazione</source>
            <translation>Підтвердити запис</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="263" />
            <source>Aggiungi un cellulare</source>
            <translation>Додати мобільний</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="264" />
            <source>Facoltativo: riceverà un promemoria</source>
            <translation>Необов'язково: Ви отримаєте нагадування</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="265" />
            <source>Numero di cellulare (facoltativo)</source>
            <translation>Номер мобільного (необов'язково)</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="266" />
            <source>Numero di cellulare</source>
            <translation>Номер мобільного</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="268" />
            <source>Attenzione: %1</source>
            <translation>Увага: %1</translation>
        </message>
    </context>
    <context>
        <name>TutorBanner</name>
        <message>
            <location filename="../../ui/tutor.py" line="125" />
            <source>Assistenza del tutor — %1</source>
            <translation>Допомога тьютора — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="128" />
            <source>Pannello tutor</source>
            <translation>Панель тьютора</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="129" />
            <source>Apri il pannello del tutor</source>
            <translation>Відкрити панель тьютора</translation>
        </message>
    </context>
    <context>
        <name>TutorButton</name>
        <message>
            <location filename="../../ui/tutor.py" line="83" />
            <source>Accesso riservato a tutor e personale</source>
            <translation>Доступ лише для тьюторів і працівників</translation>
        </message>
    </context>
    <context>
        <name>TutorController</name>
        <message>
            <location filename="../../ui/tutor.py" line="376" />
            <source>Badge non riconosciuto. Usi il PIN o si rivolga allo sportello.</source>
            <translation>Пропуск не розпізнано. Використайте PIN або зверніться до віконця.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="382" />
            <source>Non è stato possibile verificare il badge. Usi il PIN.</source>
            <translation>Не вдалося перевірити пропуск. Використайте PIN.</translation>
        </message>
    </context>
    <context>
        <name>TutorPanel</name>
        <message>
            <location filename="../../ui/tutor.py" line="223" />
            <source>Pannello del tutor — %1</source>
            <translation>Панель тьютора — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="225" />
            <source>Pannello del tutor</source>
            <translation>Панель тьютора</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="227" />
            <source>Assistenza iniziata alle %1.</source>
            <translation>Допомогу розпочато о %1.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="228" />
            <source>Ultimo errore di questa sessione</source>
            <translation>Остання помилка цього сеансу</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="232" />
            <source>Torna al cittadino</source>
            <translation>Повернутися до громадянина</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="233" />
            <source>Chiudi il pannello e torna al cittadino</source>
            <translation>Закрити панель і повернутися до громадянина</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="234" />
            <source>Strumenti del personale</source>
            <translation>Інструменти працівників</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="235" />
            <source>Apri gli strumenti del personale</source>
            <translation>Відкрити інструменти працівників</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="237" />
            <source>Termina assistenza</source>
            <translation>Завершити допомогу</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="238" />
            <source>Termina l'assistenza del tutor</source>
            <translation>Завершити допомогу тьютора</translation>
        </message>
    </context>
</TS>
