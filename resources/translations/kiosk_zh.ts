<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="it">
    <context>
        <name>Assist</name>
        <message>
            <location filename="../../kiosk/flows/assist.py" line="96" />
            <source>Nessun errore in questa sessione.</source>
            <translation>本次会话没有错误。</translation>
        </message>
    </context>
    <context>
        <name>Assistance</name>
        <message>
            <location filename="../../ui/assistance.py" line="111" />
            <source>Errore imprevisto: %1</source>
            <translation>意外错误：%1</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../../ui/screens/attract.py" line="13" />
            <source>Comune di Pavia</source>
            <translation>帕维亚市政府</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="14" />
            <source>ASST Pavia</source>
            <translation>帕维亚ASST医疗机构</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="15" />
            <source>Comune di Pavia e ASST Pavia</source>
            <translation>帕维亚市政府和帕维亚ASST医疗机构</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="75" />
            <location filename="../../ui/screens/attract.py" line="77" />
            <source>Tocchi lo schermo per iniziare</source>
            <translation>请触摸屏幕开始</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="76" />
            <source>Prenotazioni e pagamenti pagoPA</source>
            <translation>预约和pagoPA缴费</translation>
        </message>
    </context>
    <context>
        <name>BookScreen</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>◀ Indietro</source>
            <translation>◀ 返回</translation>
        </message>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>Torna al passo precedente</source>
            <translation>返回上一步</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="346" />
            <location filename="../../kiosk/flows/booking_details.py" line="18" />
            <source>Può disdire o spostare la prenotazione a questa postazione (Le mie prenotazioni) o chiamando lo sportello.</source>
            <translation>您可以在本终端（我的预约）或致电窗口取消或更改预约。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="64" />
            <source>Il numero di cellulare può contenere solo cifre (da 6 a 15), con un + davanti se è straniero. Lo controlli o lasci il campo vuoto.</source>
            <translation>手机号码只能包含数字（6到15位），外国号码前面加+。请检查号码，或将此栏留空。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="68" />
            <source>Non ci sono orari liberi per questo servizio nei prossimi due mesi. Scelga un altro ufficio o chiami lo sportello.</source>
            <translation>未来两个月内此项服务没有空闲时间。请选择其他办公室或致电窗口。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="72" />
            <source>Questo orario è appena stato preso da un'altra persona. Ecco gli orari ancora liberi: ne scelga un altro.</source>
            <translation>这个时间刚刚被别人预约了。以下是仍然空闲的时间：请另选一个。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking_ops.py" line="263" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>操作未能完成。请稍后再试。</translation>
        </message>
    </context>
    <context>
        <name>BookingSummary</name>
        <message>
            <location filename="../../ui/book/pages.py" line="282" />
            <source>Servizio: %1</source>
            <translation>服务：%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="284" />
            <source>Quando: %1, alle ore %2</source>
            <translation>时间：%1，%2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="286" />
            <source>Dove: %1, %2</source>
            <translation>地点：%1，%2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="290" />
            <source>Piano e stanza: %1</source>
            <translation>楼层和房间：%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="293" />
            <source>Codice fiscale: %1</source>
            <translation>税号：%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="296" />
            <source>Da pagare: %1</source>
            <translation>应付金额：%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="299" />
            <source>Non si paga nulla.</source>
            <translation>无需支付任何费用。</translation>
        </message>
    </context>
    <context>
        <name>BusyLabel</name>
        <message>
            <location filename="../../ui/book/parts.py" line="245" />
            <source>Un momento, prego: sto chiedendo al servizio…</source>
            <translation>请稍候：正在查询服务…</translation>
        </message>
    </context>
    <context>
        <name>ClosedScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="661" />
            <source>Postazione fuori servizio</source>
            <translation>终端暂停服务</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="663" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>本终端暂时停止服务。请到窗口办理。</translation>
        </message>
    </context>
    <context>
        <name>CodiceFiscale</name>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="86" />
            <source>Scriva il codice fiscale. Lo trova sulla tessera sanitaria.</source>
            <translation>请输入税号。税号印在医疗卡上。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="92" />
            <source>Il codice fiscale è troppo corto: deve avere 16 caratteri, lettere e numeri. Controlli di averli scritti tutti.</source>
            <translation>税号太短：应为16位字母和数字。请检查是否全部输入。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="99" />
            <source>Il codice fiscale è troppo lungo: deve avere 16 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>税号太长：应为16位。请检查是否多输入了一个字符。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="106" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ne mancano alcune.</source>
            <translation>企业或机构的税号为11位数字：缺少几位。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="112" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ce ne sono troppe.</source>
            <translation>企业或机构的税号为11位数字：位数太多。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="118" />
            <source>Il codice fiscale contiene solo lettere e numeri, senza accenti né simboli. Controlli di non aver scritto un simbolo per sbaglio.</source>
            <translation>税号只包含字母和数字，没有重音符号或其他符号。请检查是否误输入了符号。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="125" />
            <source>C'è una lettera al posto di un numero, o un numero al posto di una lettera. Confronti il codice con la tessera sanitaria, un carattere alla volta.</source>
            <translation>有字母的位置输入了数字，或数字的位置输入了字母。请将税号与医疗卡逐位核对。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="132" />
            <source>La data di nascita contenuta nel codice fiscale non esiste. Controlli i caratteri dal settimo all'undicesimo: due numeri, una lettera e altri due numeri.</source>
            <translation>税号中包含的出生日期不存在。请检查第7到第11位：两个数字、一个字母，再两个数字。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="139" />
            <source>Il codice fiscale non è corretto: forse un carattere è sbagliato. Lo confronti con la tessera sanitaria, un carattere alla volta, compresa l'ultima lettera.</source>
            <translation>税号不正确：可能有一个字符错误。请与医疗卡逐位核对，包括最后一个字母。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="146" />
            <source>Il codice fiscale numerico non è corretto: forse una cifra è sbagliata. Lo confronti con il documento, una cifra alla volta.</source>
            <translation>数字税号不正确：可能有一位数字错误。请与证件逐位核对。</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="153" />
            <source>Continui a scrivere: il codice fiscale ha 16 caratteri.</source>
            <translation>请继续输入：税号共16位。</translation>
        </message>
    </context>
    <context>
        <name>CrashScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="85" />
            <source>Qualcosa non ha funzionato. Ricominciamo.</source>
            <translation>出了点问题。我们重新开始。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="87" />
            <source>Non ha sbagliato nulla. Tocchi il pulsante per tornare all'inizio.</source>
            <translation>您没有做错任何事。请触摸按钮返回开始页面。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="88" />
            <source>Ricomincia</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="89" />
            <source>Ricomincia dall'inizio</source>
            <translation>从头重新开始</translation>
        </message>
    </context>
    <context>
        <name>CupBooking</name>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="63" />
            <source>Non troviamo una ricetta con questo numero. Controlli il numero NRE sul promemoria del medico, un carattere alla volta.</source>
            <translation>找不到这个号码的处方。请逐位核对医生处方单上的NRE号码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="67" />
            <source>Questa ricetta è urgente (priorità U): in Lombardia va prenotata entro 48 ore da quando il medico l'ha fatta, e questo tempo è passato. Chiami lo sportello CUP o torni dal suo medico.</source>
            <translation>此处方为紧急处方（优先级U）：在伦巴第大区，必须在医生开具后48小时内预约，现已超时。请致电CUP预约窗口或再去找您的医生。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="72" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>此处方已过期：自开具之日起有效期为六个月。请向您的医生申请新处方。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="76" />
            <source>Questa ricetta è già stata usata per una prenotazione. Può vederla, spostarla o disdirla da «Le mie prenotazioni».</source>
            <translation>此处方已用于一次预约。您可以在“我的预约”中查看、更改或取消。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="80" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli di aver scritto il codice fiscale della persona che deve fare la visita.</source>
            <translation>此处方属于另一个人。请检查您输入的是否为就诊人的税号。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="84" />
            <source>Questa ricetta è per un'altra prestazione. Chiami lo sportello CUP.</source>
            <translation>此处方用于其他医疗服务。请致电CUP预约窗口。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="87" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>税号无效。请检查。</translation>
        </message>
    </context>
    <context>
        <name>CupSlotPage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="182" />
            <source>urgente (U): entro 72 ore</source>
            <translation>紧急（U）：72小时内</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="183" />
            <source>breve (B): entro 10 giorni</source>
            <translation>短期（B）：10天内</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="184" />
            <source>differibile (D): entro 60 giorni</source>
            <translation>可延后（D）：60天内</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="185" />
            <source>differibile (D): entro 30 giorni</source>
            <translation>可延后（D）：30天内</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="186" />
            <source>programmata (P): entro 120 giorni</source>
            <translation>计划（P）：120天内</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="192" />
            <source>Primi posti liberi</source>
            <translation>最早的空闲名额</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="195" />
            <location filename="../../ui/book/cup_pages.py" line="197" />
            <source>entro %1</source>
            <translation>%1之前</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="199" />
            <source>%1 – priorità %2 (%3)</source>
            <translation>%1 – 优先级%2（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="202" />
            <source>Secondo le regole della Lombardia, se rifiuta una data entro il tempo massimo di attesa perde il diritto a essere visitato entro quel tempo.</source>
            <translation>根据伦巴第大区的规定，如果您拒绝最长等待期内的日期，将失去在该期限内就诊的权利。</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="209" />
            <source>Queste date sono oltre il tempo massimo della sua priorità. Se ne sceglie una rinuncia alla garanzia dei tempi di attesa.</source>
            <translation>这些日期超出了您的优先级的最长等待期。如果选择其中之一，您将放弃等待时间保障。</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="216" />
            <source>Entro il tempo massimo della sua priorità non ci sono posti liberi. Il primo posto libero è %1: può prenotarlo qui sotto, oppure chiamare lo sportello CUP al %2, che cercherà con lei una data entro i tempi.</source>
            <translation>在您的优先级的最长等待期内没有空闲名额。最早的空闲名额是%1：您可以在下方预约，或致电CUP预约窗口%2，工作人员会与您一起寻找期限内的日期。</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="223" />
            <source>Torna alle date entro il tempo massimo</source>
            <translation>返回最长等待期内的日期</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="224" />
            <source>Vedere date più lontane</source>
            <translation>查看更晚的日期</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../printing/daily_report.py" line="38" />
            <source>Pagamento avviso pagoPA</source>
            <translation>pagoPA缴费通知付款</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="39" />
            <source>Disdetta appuntamento</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="40" />
            <source>Prenotazione appuntamento</source>
            <translation>预约</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/book/done_page.py" line="149" />
            <source>Prenotazione confermata</source>
            <translation>预约已确认</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="150" />
            <source>Il suo codice di prenotazione:</source>
            <translation>您的预约码：</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="153" />
            <source>Codice di prenotazione %1</source>
            <translation>预约码%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="162" />
            <source>Può disdire o spostare fino a %1.</source>
            <translation>您可以在%1之前取消或更改。</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="167" />
            <source>Per disdire o spostare questa prenotazione chiami lo sportello: %1.</source>
            <translation>如需取消或更改此预约，请致电窗口：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="170" />
            <source>Cosa portare</source>
            <translation>需要携带的物品</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="175" />
            <source>Da pagare: %1</source>
            <translation>应付金额：%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="178" />
            <source>Avviso pagoPA n. %1</source>
            <translation>pagoPA缴费通知编号%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="181" />
            <source>Può pagare prima dell'appuntamento a questa postazione (Paga), in farmacia, in banca o online con l'avviso pagoPA.</source>
            <translation>您可以在预约前在本终端（缴费）、药店、银行或网上凭pagoPA缴费通知付款。</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="185" />
            <source>Non si paga nulla.</source>
            <translation>无需支付任何费用。</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora</source>
            <translation>现在付款</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora con la carta</source>
            <translation>现在用银行卡付款</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="189" />
            <source>Pago dopo</source>
            <translation>稍后付款</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="191" />
            <source>Stampa di nuovo</source>
            <translation>再打印一次</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="192" />
            <source>Stampa la ricevuta</source>
            <translation>打印收据</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine, torna all'inizio</source>
            <translation>完成，返回开始页面</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="196" />
            <source>Stampa della ricevuta in corso…</source>
            <translation>正在打印收据…</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="197" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>收据已打印：请从打印机取走。</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="199" />
            <source>La ricevuta non è stata stampata. Tocchi «Stampa la ricevuta» per riprovare o si annoti il codice di prenotazione.</source>
            <translation>收据未能打印。请触摸“打印收据”重试，或记下预约码。</translation>
        </message>
    </context>
    <context>
        <name>ErrorScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="10" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>操作未能完成。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="56" />
            <source>Operazione non riuscita</source>
            <translation>操作未成功</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="59" />
            <source>Riprova</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="60" />
            <source>Riprova l'operazione</source>
            <translation>重试此操作</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="61" />
            <location filename="../../ui/screens/error.py" line="62" />
            <source>Torna all'inizio</source>
            <translation>返回开始页面</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../ui/widgets/header.py" line="161" />
            <source>Inizio</source>
            <translation>首页</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="162" />
            <source>Torna all'inizio</source>
            <translation>返回开始页面</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="163" />
            <source>Indietro</source>
            <translation>返回</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="164" />
            <source>Torna alla pagina precedente</source>
            <translation>返回上一页</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="165" />
            <source>Lingua</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="166" />
            <source>Cambia lingua</source>
            <translation>更改语言</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="169" />
            <source>Testo</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>normale</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>grande</source>
            <translation>大</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>molto grande</source>
            <translation>特大</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="172" />
            <source>Dimensione del testo: %1</source>
            <translation>文字大小：%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="174" />
            <source>Contrasto</source>
            <translation>对比度</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: attivo</source>
            <translation>高对比度：已开启</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: spento</source>
            <translation>高对比度：已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="178" />
            <source>Voce</source>
            <translation>语音</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="180" />
            <source>Lettura ad alta voce: attiva</source>
            <translation>朗读：已开启</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="181" />
            <source>Lettura ad alta voce: spenta</source>
            <translation>朗读：已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="182" />
            <location filename="../../ui/widgets/header.py" line="183" />
            <source>Aiuto</source>
            <translation>帮助</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../../ui/screens/help.py" line="80" />
            <source>Aiuto</source>
            <translation>帮助</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="82" />
            <source>Ha bisogno di una mano? Si rivolga allo sportello qui vicino: il personale la aiuterà volentieri a usare la postazione.</source>
            <translation>需要帮助吗？请到旁边的窗口：工作人员很乐意帮助您使用本终端。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="85" />
            <source>Per scegliere, tocchi una volta un pulsante. Non serve tenere premuto. Con «Indietro» torna alla pagina precedente, con «Inizio» alla prima pagina.</source>
            <translation>要选择时，请触摸按钮一次，无需长按。“返回”回到上一页，“首页”回到第一页。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="88" />
            <source>In alto trova: «Lingua» per cambiare lingua, «Testo» per ingrandire le scritte, «Contrasto» per colori più marcati e «Voce» per ascoltare le scritte.</source>
            <translation>在顶部您可以找到：“语言”用于更改语言，“文字”用于放大文字，“对比度”用于更醒目的颜色，“语音”用于收听文字。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="91" />
            <source>Quando ha finito, o se non tocca lo schermo per un po', la postazione cancella i suoi dati e torna all'inizio.</source>
            <translation>您完成后，或者一段时间不触摸屏幕，终端会删除您的数据并返回开始页面。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="93" />
            <location filename="../../ui/screens/help.py" line="94" />
            <source>Torna all'inizio</source>
            <translation>返回开始页面</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusLabel</name>
        <message>
            <location filename="../../ui/help_request.py" line="172" />
            <source>Stiamo chiamando un tutor…</source>
            <translation>正在呼叫辅导员…</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="173" />
            <source>Un tutor sta arrivando. Resti pure qui.</source>
            <translation>辅导员正在赶来。请在这里稍候。</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="174" />
            <source>Il tutor ha visto la sua richiesta e sta arrivando.</source>
            <translation>辅导员已看到您的请求，正在赶来。</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="176" />
            <source>Non siamo riusciti a chiamare un tutor. Si rivolga allo sportello.</source>
            <translation>未能呼叫辅导员。请到窗口办理。</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="180" />
            <source>Richiesta di aiuto</source>
            <translation>求助请求</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../ui/screens/home.py" line="91" />
            <source>Buongiorno! Che cosa desidera fare?</source>
            <translation>您好！您想办理什么？</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Prenota</source>
            <translation>预约</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Un appuntamento in Comune o una visita</source>
            <translation>市政府办事或医疗就诊预约</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Paga</source>
            <translation>缴费</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Un avviso pagoPA o un ticket sanitario</source>
            <translation>pagoPA缴费通知或医疗自付费</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Le mie prenotazioni</source>
            <translation>我的预约</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Vedere, stampare o disdire</source>
            <translation>查看、打印或取消</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Aiuto</source>
            <translation>帮助</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Come usare la postazione</source>
            <translation>如何使用本终端</translation>
        </message>
    </context>
    <context>
        <name>IdentifyScreen</name>
        <message>
            <location filename="../../ui/screens/identify.py" line="192" />
            <source>Il suo codice fiscale</source>
            <translation>您的税号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="194" />
            <source>Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore</source>
            <translation>请输入您的税号，或将医疗卡靠近读卡器</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="195" />
            <source>Codice fiscale</source>
            <translation>税号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="197" />
            <source>16 caratteri, lettere e numeri, come sulla tessera sanitaria</source>
            <translation>16位字母和数字，与医疗卡上的相同</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="198" />
            <source>Continua</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="199" />
            <source>Continua con questo codice fiscale</source>
            <translation>使用此税号继续</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="200" />
            <source>Attenzione</source>
            <translation>注意</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="201" />
            <source>Corretto</source>
            <translation>正确</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="245" />
            <location filename="../../ui/screens/identify.py" line="249" />
            <source>Attenzione: %1</source>
            <translation>注意：%1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="254" />
            <source>Codice letto dalla tessera sanitaria. Controlli che sia il suo e tocchi «Continua».</source>
            <translation>已从医疗卡读取税号。请确认是您的税号，然后触摸“继续”。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="257" />
            <source>Il codice fiscale è corretto. Tocchi «Continua».</source>
            <translation>税号正确。请触摸“继续”。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="261" />
            <source>Il codice fiscale ha 16 caratteri: lettere e numeri.</source>
            <translation>税号共16位：字母和数字。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="276" />
            <source>Manca ancora 1 carattere.</source>
            <translation>还差1位。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="277" />
            <source>Mancano ancora %1 caratteri.</source>
            <translation>还差%1位。</translation>
        </message>
    </context>
    <context>
        <name>IdleDialog</name>
        <message>
            <location filename="../../ui/idle_dialog.py" line="163" />
            <location filename="../../ui/idle_dialog.py" line="182" />
            <source>Le serve altro tempo?</source>
            <translation>您需要更多时间吗？</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="166" />
            <source>Da un po' non tocca lo schermo. Per proteggere i suoi dati, allo scadere del tempo la postazione cancella quello che ha scritto e torna all'inizio.</source>
            <translation>您已经有一段时间没有触摸屏幕了。为保护您的数据，时间结束时终端将删除您输入的内容并返回开始页面。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="168" />
            <location filename="../../ui/idle_dialog.py" line="169" />
            <source>Sì, mi serve altro tempo</source>
            <translation>是的，我需要更多时间</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="172" />
            <source>Il tempo a disposizione è finito. Per proteggere i suoi dati la postazione cancella quello che ha scritto e torna all'inizio. Può ricominciare subito.</source>
            <translation>时间已到。为保护您的数据，终端将删除您输入的内容并返回开始页面。您可以马上重新开始。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondo rimasto</source>
            <translation>秒剩余</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondi rimasti</source>
            <translation>秒剩余</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="178" />
            <source>Manca 1 secondo</source>
            <translation>还剩1秒</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="180" />
            <source>Mancano %1 secondi</source>
            <translation>还剩%1秒</translation>
        </message>
    </context>
    <context>
        <name>LanguageScreen</name>
        <message>
            <location filename="../../ui/screens/language.py" line="57" />
            <source>Scelga la lingua</source>
            <translation>请选择语言</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="409" />
            <location filename="../../ui/main_window.py" line="421" />
            <source>SMACY – postazione self-service</source>
            <translation>SMACY – 自助服务终端</translation>
        </message>
    </context>
    <context>
        <name>Maintenance</name>
        <message>
            <location filename="../../printing/maintenance.py" line="30" />
            <source>Pagina di prova</source>
            <translation>测试页</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="31" />
            <source>Se legge queste righe, la stampante delle ricevute funziona.</source>
            <translation>如果您能看到这几行字，说明收据打印机工作正常。</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="33" />
            <source>Questa stampante non ha una coda da riavviare.</source>
            <translation>此打印机没有可重启的队列。</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Attenzione:</source>
            <translation>注意：</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Nota:</source>
            <translation>提示：</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="227" />
            <source>Telefono dello sportello: %1</source>
            <translation>窗口电话：%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova l'operazione</source>
            <translation>重试此操作</translation>
        </message>
    </context>
    <context>
        <name>MyBookings</name>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="53" />
            <source>Il codice di prenotazione è come PV-AB3CD: lo trova sul foglio della prenotazione. Se non lo ha, lasci il campo vuoto.</source>
            <translation>预约码的格式如PV-AB3CD：印在预约单上。如果没有，请将此栏留空。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="57" />
            <source>Non ci sono prenotazioni future con questo codice fiscale.</source>
            <translation>此税号没有将来的预约。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="59" />
            <source>Ormai è troppo tardi per disdire o spostare questa prenotazione qui. Chiami lo sportello al numero qui sotto.</source>
            <translation>现在已来不及在这里取消或更改此预约。请拨打下方号码联系窗口。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="63" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>此预约已经取消。</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="65" />
            <source>Non ci sono altri orari liberi per spostarla. Chiami lo sportello.</source>
            <translation>没有其他空闲时间可以更改。请致电窗口。</translation>
        </message>
    </context>
    <context>
        <name>MyBookingsScreen</name>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="340" />
            <source>Può disdire o spostare la prenotazione a questa postazione o chiamando lo sportello.</source>
            <translation>您可以在本终端或致电窗口取消或更改预约。</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="417" />
            <source>annullata</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="423" />
            <source>La prenotazione %1</source>
            <translation>预约%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="424" />
            <source>Vuole davvero disdire la prenotazione %1?</source>
            <translation>您确定要取消预约%1吗？</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="425" />
            <source>Prenotazione %1 annullata</source>
            <translation>预约%1已取消</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="426" />
            <source>Spostare la prenotazione %1?</source>
            <translation>要更改预约%1吗？</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="427" />
            <source>Prenotazione %1 spostata</source>
            <translation>预约%1已更改</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="432" />
            <source>Nuovo orario: %1</source>
            <translation>新时间：%1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="434" />
            <source>Il vecchio orario viene liberato solo quando il nuovo è confermato.</source>
            <translation>只有新时间确认后，原时间才会释放。</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="437" />
            <source>L'orario è stato liberato per altre persone.</source>
            <translation>该时间已释放给其他人。</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="440" />
            <source>Può disdirla o spostarla fino a %1.</source>
            <translation>您可以在%1之前取消或更改。</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="446" />
            <source>Stampa in corso…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="447" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>收据已打印：请从打印机取走。</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="448" />
            <source>La ricevuta non è stata stampata. Riprovi o chieda allo sportello.</source>
            <translation>收据未能打印。请重试或到窗口询问。</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="455" />
            <source>Le mie prenotazioni</source>
            <translation>我的预约</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="457" />
            <source>Scriva il suo codice fiscale. Se ha il codice di prenotazione (lo trova sul foglio della prenotazione) lo scriva anche, altrimenti vedrà tutte le sue prenotazioni future.</source>
            <translation>请输入您的税号。如果您有预约码（印在预约单上），也请输入；否则将显示您所有将来的预约。</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="460" />
            <source>Codice di prenotazione (facoltativo)</source>
            <translation>预约码（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="461" />
            <source>Codice di prenotazione</source>
            <translation>预约码</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="462" />
            <location filename="../../ui/book/my_bookings_screen.py" line="463" />
            <source>Codice fiscale</source>
            <translation>税号</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca le prenotazioni</source>
            <translation>查找预约</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="465" />
            <source>Le sue prenotazioni: tocchi quella che le interessa</source>
            <translation>您的预约：请触摸您要办理的那一项</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici questa prenotazione</source>
            <translation>取消此预约</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta</source>
            <translation>更改</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta a un altro orario</source>
            <translation>更改到其他时间</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="468" />
            <source>Sì, disdici</source>
            <translation>是，取消</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="469" />
            <source>Sì, disdici la prenotazione</source>
            <translation>是，取消预约</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="470" />
            <source>Sì, sposta</source>
            <translation>是，更改</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="471" />
            <source>Sì, sposta al nuovo orario</source>
            <translation>是，更改到新时间</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="472" />
            <source>Stampa la ricevuta</source>
            <translation>打印收据</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine, torna all'inizio</source>
            <translation>完成，返回开始页面</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="474" />
            <source>◀ Indietro</source>
            <translation>◀ 返回</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="475" />
            <source>Torna al passo precedente</source>
            <translation>返回上一步</translation>
        </message>
    </context>
    <context>
        <name>Nre</name>
        <message>
            <location filename="../../kiosk/nre.py" line="60" />
            <source>Scriva il numero della ricetta elettronica (NRE): lo trova in alto sul promemoria che le ha dato il medico.</source>
            <translation>请输入电子处方号码（NRE）：印在医生给您的处方单顶部。</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="67" />
            <source>Il numero della ricetta è troppo corto: deve avere 15 caratteri. Controlli di averli scritti tutti.</source>
            <translation>处方号码太短：应为15位。请检查是否全部输入。</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="74" />
            <source>Il numero della ricetta è troppo lungo: deve avere 15 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>处方号码太长：应为15位。请检查是否多输入了一个字符。</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="81" />
            <source>Il numero della ricetta contiene solo lettere e numeri, senza simboli. Lo confronti con il promemoria, un carattere alla volta.</source>
            <translation>处方号码只包含字母和数字，没有符号。请与处方单逐位核对。</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="88" />
            <source>Questa ricetta è stata fatta fuori dalla Lombardia e qui non posso prenotarla. Si rivolga allo sportello, per favore.</source>
            <translation>此处方是在伦巴第大区以外开具的，无法在这里预约。请到窗口办理。</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="295" />
            <source>Questa ricetta è urgente (classe U) e andava prenotata entro 48 ore da quando è stata fatta. Ora non posso prenotarla: si rivolga allo sportello o al suo medico.</source>
            <translation>此处方为紧急处方（U类），应在开具后48小时内预约。现在无法在这里预约：请到窗口或找您的医生。</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="302" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>此处方已过期：自开具之日起有效期为六个月。请向您的医生申请新处方。</translation>
        </message>
    </context>
    <context>
        <name>NrePage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="96" />
            <source>Il numero della ricetta</source>
            <translation>处方号码</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="98" />
            <source>Scriva il numero della ricetta elettronica (NRE, 15 caratteri: lo trova in alto sul promemoria del medico) oppure avvicini il codice a barre al lettore.</source>
            <translation>请输入电子处方号码（NRE，15位：印在医生处方单顶部），或将条形码靠近读卡器。</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="100" />
            <source>Numero della ricetta elettronica</source>
            <translation>电子处方号码</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="101" />
            <source>Continua</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="102" />
            <source>Continua con questo numero di ricetta</source>
            <translation>使用此处方号码继续</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="105" />
            <source>Attenzione: %1</source>
            <translation>注意：%1</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="126" />
            <source>Cifra %1</source>
            <translation>数字%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="127" />
            <source>⌫ Cancella</source>
            <translation>⌫ 删除</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="128" />
            <source>Cancella l'ultima cifra</source>
            <translation>删除最后一位数字</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="129" />
            <source>Svuota</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="130" />
            <source>Cancella tutte le cifre</source>
            <translation>删除所有数字</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="131" />
            <source>✓ Conferma</source>
            <translation>✓ 确认</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="132" />
            <source>Conferma</source>
            <translation>确认</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="169" />
            <source>In quale ufficio preferisce andare?</source>
            <translation>您想去哪个办公室？</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="177" />
            <source>Cifra %1</source>
            <extracomment>Letter rows of each layout, and how far each row is indented (in key widths).</extracomment>
            <translation>数字%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="179" />
            <source>Lettera %1</source>
            <translation>字母%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="180" />
            <source>⌫ Cancella</source>
            <translation>⌫ 删除</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="181" />
            <source>Cancella l'ultimo carattere</source>
            <translation>删除最后一个字符</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="182" />
            <source>Svuota</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="183" />
            <source>Cancella tutto il testo</source>
            <translation>删除全部文字</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="185" />
            <source>QWERTY</source>
            <translation>QWERTY</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="187" />
            <source>Mostra le lettere come sulla tastiera del computer</source>
            <translation>按电脑键盘的顺序显示字母</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="189" />
            <source>A B C</source>
            <translation>A B C</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="190" />
            <source>Mostra le lettere in ordine alfabetico</source>
            <translation>按字母顺序显示字母</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="191" />
            <source>✓ Conferma</source>
            <translation>✓ 确认</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="192" />
            <source>Conferma</source>
            <translation>确认</translation>
        </message>
    </context>
    <context>
        <name>OutOfServiceScreen</name>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="29" />
            <source>Postazione momentaneamente non disponibile</source>
            <translation>终端暂时无法使用</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="31" />
            <source>Non riusciamo a collegarci ai servizi del Comune e dell'ASST. La postazione riprova da sola e tornerà disponibile appena possibile.</source>
            <translation>我们无法连接市政府和ASST的服务。终端会自动重试，并将尽快恢复使用。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="34" />
            <source>Se ha bisogno subito, si rivolga allo sportello: il personale la aiuterà.</source>
            <translation>如果您急需帮助，请到窗口：工作人员会帮助您。</translation>
        </message>
    </context>
    <context>
        <name>PagoPA</name>
        <message>
            <location filename="../../kiosk/pagopa.py" line="85" />
            <source>Scriva il codice avviso: sono 18 cifre, le trova sull'avviso di pagamento accanto alla scritta «Codice avviso».</source>
            <translation>请输入缴费通知码：共18位数字，印在缴费通知上“Codice avviso”字样旁边。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="92" />
            <source>Il codice avviso contiene solo numeri. Controlli di non aver scritto lettere o simboli.</source>
            <translation>缴费通知码只包含数字。请检查是否输入了字母或符号。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="99" />
            <source>Il codice avviso è troppo corto: deve avere 18 cifre. Controlli di averle scritte tutte.</source>
            <translation>缴费通知码太短：应为18位数字。请检查是否全部输入。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="106" />
            <source>Il codice avviso è troppo lungo: deve avere 18 cifre. Controlli di non aver scritto una cifra in più.</source>
            <translation>缴费通知码太长：应为18位数字。请检查是否多输入了一位。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="113" />
            <source>Questo non sembra un codice avviso pagoPA: di solito inizia con 3. Controlli di aver copiato il numero accanto alla scritta «Codice avviso».</source>
            <translation>这看起来不像pagoPA缴费通知码：通常以3开头。请检查您抄写的是否是“Codice avviso”旁边的号码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="120" />
            <source>Il codice letto non contiene un codice avviso valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>读取的代码中没有有效的缴费通知码。请重试，或手动输入缴费通知码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="127" />
            <source>Questo codice non è il QR code di un avviso pagoPA. Inquadri il QR code stampato sull'avviso, oppure scriva il codice avviso.</source>
            <translation>这不是pagoPA缴费通知的二维码。请扫描缴费通知上印的二维码，或输入缴费通知码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="134" />
            <source>Questo QR code pagoPA è di un tipo che non posso leggere. Scriva il codice avviso a mano, per favore.</source>
            <translation>无法读取这种类型的pagoPA二维码。请手动输入缴费通知码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="141" />
            <source>Ho letto solo una parte del codice. Avvicini di nuovo l'avviso al lettore, tenendolo fermo, oppure scriva il codice avviso.</source>
            <translation>只读取了部分代码。请将缴费通知再次靠近读卡器并保持不动，或输入缴费通知码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="148" />
            <source>Il codice letto non contiene un codice fiscale dell'ente valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>读取的代码中没有有效的机构税号。请重试，或手动输入缴费通知码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="155" />
            <source>Il codice letto non contiene un importo valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>读取的代码中没有有效的金额。请重试，或手动输入缴费通知码。</translation>
        </message>
    </context>
    <context>
        <name>PayScreen</name>
        <message>
            <location filename="../../ui/pay/screen.py" line="789" />
            <source>Stiamo controllando l'avviso…</source>
            <translation>正在核对缴费通知…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="796" />
            <source>Pagare un avviso pagoPA</source>
            <translation>支付pagoPA缴费通知</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="798" />
            <source>Avvicini al lettore il QR code stampato sull'avviso: il resto lo facciamo noi. Oppure scriva qui sotto il codice avviso.</source>
            <translation>请将缴费通知上印的二维码靠近读卡器：其余的由我们完成。或在下方输入缴费通知码。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="800" />
            <source>Codice avviso (18 cifre)</source>
            <translation>缴费通知码（18位数字）</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="801" />
            <source>Codice avviso</source>
            <translation>缴费通知码</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="803" />
            <source>18 cifre, le trova sull'avviso accanto alla scritta Codice avviso</source>
            <translation>18位数字，印在通知上Codice avviso字样旁边</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="804" />
            <source>Ente che ha emesso l'avviso</source>
            <translation>开具缴费通知的机构</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="805" />
            <source>oppure il suo codice fiscale (11 cifre):</source>
            <translation>或其税号（11位数字）：</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="806" />
            <source>Codice fiscale dell'ente creditore</source>
            <translation>收款机构的税号</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="807" />
            <location filename="../../ui/pay/screen.py" line="808" />
            <source>Controlla l'avviso</source>
            <translation>核对缴费通知</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="809" />
            <source>Ticket sanitario</source>
            <translation>医疗自付费</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="811" />
            <source>Pagare il ticket sanitario di una prenotazione</source>
            <translation>支付预约的医疗自付费</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="812" />
            <source>Enti</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="818" />
            <source>Scelga l'ente che ha emesso l'avviso, oppure scriva il suo codice fiscale di 11 cifre.</source>
            <translation>请选择开具缴费通知的机构，或输入其11位税号。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="823" />
            <location filename="../../ui/pay/screen.py" line="852" />
            <location filename="../../ui/pay/screen.py" line="979" />
            <source>Attenzione</source>
            <translation>注意</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="827" />
            <source>Pagare il ticket di una prenotazione</source>
            <translation>支付预约的自付费</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="829" />
            <source>Scriva il codice della prenotazione e il codice fiscale della persona prenotata.</source>
            <translation>请输入预约码和预约人的税号。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="830" />
            <location filename="../../ui/pay/screen.py" line="831" />
            <source>Codice prenotazione</source>
            <translation>预约码</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="832" />
            <location filename="../../ui/pay/screen.py" line="833" />
            <source>Codice fiscale</source>
            <translation>税号</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="834" />
            <source>Cerca il ticket</source>
            <translation>查找自付费</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="835" />
            <source>Cerca il ticket da pagare</source>
            <translation>查找应付的自付费</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="837" />
            <source>Indietro</source>
            <translation>返回</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="838" />
            <source>Torna al codice avviso</source>
            <translation>返回缴费通知码</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="842" />
            <source>Stiamo cercando la prenotazione…</source>
            <translation>正在查找预约…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="846" />
            <source>Scriva il codice della prenotazione.</source>
            <translation>请输入预约码。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="849" />
            <source>Il codice fiscale non è completo o non è corretto. Lo controlli, per favore.</source>
            <translation>税号不完整或不正确。请检查。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="857" />
            <source>Controlli i dati dell'avviso</source>
            <translation>请核对缴费通知信息</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="858" />
            <source>Importo da pagare</source>
            <translation>应付金额</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="859" />
            <source>Paga con la carta</source>
            <translation>用银行卡付款</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="860" />
            <source>Annulla</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="861" />
            <source>Annulla e torna al codice avviso</source>
            <translation>取消并返回缴费通知码</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="866" />
            <source>Paga</source>
            <translation>缴费</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="872" />
            <location filename="../../ui/pay/screen.py" line="922" />
            <source>Importo: %1</source>
            <translation>金额：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="873" />
            <source>Da pagare entro il %1</source>
            <translation>付款截止日期：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="875" />
            <source>Codice avviso: %1</source>
            <translation>缴费通知码：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="877" />
            <source>Paga %1 con la carta</source>
            <translation>用银行卡支付%1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="881" />
            <source>Avviso non trovato</source>
            <translation>未找到缴费通知</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="882" />
            <source>Avviso scaduto</source>
            <translation>缴费通知已过期</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="883" />
            <source>Avviso annullato dall'ente</source>
            <translation>缴费通知已被机构撤销</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="884" />
            <source>Avviso già pagato</source>
            <translation>缴费通知已支付</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="885" />
            <source>Pagamento già in corso</source>
            <translation>付款正在进行中</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="886" />
            <source>Dati dell'avviso non corretti</source>
            <translation>缴费通知信息不正确</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="887" />
            <source>L'ente non risponde</source>
            <translation>机构没有响应</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="888" />
            <source>Problema temporaneo</source>
            <translation>暂时性问题</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="889" />
            <source>Errore imprevisto</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="890" />
            <location filename="../../ui/pay/screen.py" line="891" />
            <location filename="../../ui/pay/screen.py" line="892" />
            <source>Il servizio non risponde</source>
            <translation>服务没有响应</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="895" />
            <location filename="../../ui/pay/screen.py" line="896" />
            <source>Qualcosa non ha funzionato</source>
            <translation>出了点问题</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="905" />
            <source>Se il pagamento fosse già partito, non le verrà addebitato due volte.</source>
            <translation>如果付款已经开始，不会重复扣款。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="907" />
            <source>Messaggio</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="910" />
            <location filename="../../ui/pay/screen.py" line="911" />
            <source>Riprova</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="913" />
            <source>Correggi i dati</source>
            <translation>更正信息</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="914" />
            <source>Correggi il codice avviso o l'ente</source>
            <translation>更正缴费通知码或机构</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="915" />
            <source>Torna all'inizio</source>
            <translation>返回开始页面</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="916" />
            <source>Torna alla pagina iniziale</source>
            <translation>返回首页</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="923" />
            <source>Terminale di pagamento</source>
            <translation>支付终端</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="924" />
            <source>Inserisca o avvicini la carta al terminale</source>
            <translation>请将银行卡插入或靠近支付终端</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="926" />
            <location filename="../../ui/pay/screen.py" line="927" />
            <source>Stiamo preparando il terminale…</source>
            <translation>正在准备支付终端…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="929" />
            <source>Il terminale è pronto. Segua le istruzioni sul terminale.</source>
            <translation>支付终端已就绪。请按照终端上的提示操作。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="930" />
            <source>Stiamo annullando il pagamento…</source>
            <translation>正在取消付款…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="933" />
            <source>Stato del pagamento</source>
            <translation>付款状态</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="934" />
            <location filename="../../ui/pay/screen.py" line="935" />
            <source>Annulla il pagamento</source>
            <translation>取消付款</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="943" />
            <source>Non le è stato addebitato nulla.</source>
            <translation>没有从您那里扣除任何费用。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="946" />
            <source>Pagamento riuscito</source>
            <translation>付款成功</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="947" />
            <source>Ha pagato %1 a %2.</source>
            <translation>您已向%2支付%1。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="950" />
            <source>Stiamo preparando la ricevuta…</source>
            <translation>正在准备收据…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="953" />
            <source>La ricevuta sarà disponibile tra poco: il personale può stamparla.</source>
            <translation>收据很快就能提供：工作人员可以打印。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="956" />
            <source>Ritiri la ricevuta dalla stampante. Codice ricevuta: %1</source>
            <translation>请从打印机取走收据。收据码：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="960" />
            <source>La stampante non è disponibile: la ricevuta è salvata e il personale può stamparla con il codice %1.</source>
            <translation>打印机无法使用：收据已保存，工作人员可以凭代码%1打印。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="963" />
            <source>Pagamento non riuscito</source>
            <translation>付款未成功</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="964" />
            <source>La carta non è stata accettata.</source>
            <translation>银行卡未被接受。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="965" />
            <source>Può riprovare con un'altra carta.</source>
            <translation>您可以换一张卡重试。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="967" />
            <source>Pagamento annullato</source>
            <translation>付款已取消</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="968" />
            <source>Può riprovare quando vuole.</source>
            <translation>您可以随时重试。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="970" />
            <source>Tempo scaduto</source>
            <translation>时间已到</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="971" />
            <source>Il terminale non ha ricevuto la carta in tempo.</source>
            <translation>支付终端没有及时收到银行卡。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="972" />
            <source>Può riprovare.</source>
            <translation>您可以重试。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="978" />
            <source>Riuscito</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa un'altra copia</source>
            <translation>再打印一份</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa la ricevuta</source>
            <translation>打印收据</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="987" />
            <source>Stampa in corso…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="988" />
            <source>Ricevuta stampata.</source>
            <translation>收据已打印。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="990" />
            <source>La stampante non risponde. Il personale può stampare la ricevuta.</source>
            <translation>打印机没有响应。工作人员可以打印收据。</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1003" />
            <location filename="../../ui/pay/screen.py" line="1004" />
            <source>Riprova il pagamento</source>
            <translation>重新付款</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1006" />
            <source>Fine</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1007" />
            <source>Fine, torna alla pagina iniziale</source>
            <translation>完成，返回首页</translation>
        </message>
    </context>
    <context>
        <name>PinOverlay</name>
        <message>
            <location filename="../../ui/screens/pin.py" line="196" />
            <source>Accesso tutor e personale</source>
            <translation>辅导员和工作人员登录</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="197" />
            <source>Digiti il PIN personale e tocchi «Conferma».</source>
            <translation>请输入个人PIN码，然后触摸“确认”。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="198" />
            <source>Tastierino del PIN</source>
            <translation>PIN码键盘</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="201" />
            <source>Tasto del PIN</source>
            <translation>PIN码按键</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="202" />
            <source>⌫</source>
            <translation>⌫</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="203" />
            <source>Cancella l'ultima cifra</source>
            <translation>删除最后一位数字</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="204" />
            <source>Annulla</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="205" />
            <source>Annulla e chiudi il tastierino</source>
            <translation>取消并关闭键盘</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="206" />
            <source>✓ Conferma</source>
            <translation>✓ 确认</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="207" />
            <source>Conferma il PIN</source>
            <translation>确认PIN码</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="224" />
            <source>PIN: nessuna cifra inserita</source>
            <translation>PIN码：尚未输入数字</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/pin.py" line="226" />
            <source>PIN: %n cifre inserite</source>
            <translation>
                <numerusform>PIN码：已输入%n位数字</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="246" />
            <source>PIN non corretto. Tentativi rimasti prima del blocco: %1.</source>
            <translation>PIN码错误。锁定前剩余次数：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="249" />
            <source>Troppi PIN errati: il tastierino è bloccato. Riprovi tra %1.</source>
            <translation>PIN码错误次数过多：键盘已锁定。请在%1后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="252" />
            <source>Verifica in corso…</source>
            <translation>正在验证…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="254" />
            <source>Non è stato possibile verificare il PIN. Riprovi.</source>
            <translation>无法验证PIN码。请重试。</translation>
        </message>
    </context>
    <context>
        <name>Printer</name>
        <message>
            <location filename="../../printing/backends/base.py" line="107" />
            <source>La stampante è pronta.</source>
            <translation>打印机已就绪。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="108" />
            <source>La stampante è ferma.</source>
            <translation>打印机已停止。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="109" />
            <source>La stampante non accetta stampe.</source>
            <translation>打印机不接受打印任务。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="110" />
            <source>La stampante è in pausa.</source>
            <translation>打印机已暂停。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="111" />
            <source>La stampante non è configurata.</source>
            <translation>打印机未设置。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="112" />
            <source>Il servizio di stampa non risponde.</source>
            <translation>打印服务没有响应。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="113" />
            <source>La carta è finita.</source>
            <translation>纸张用完了。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="114" />
            <source>La carta è inceppata.</source>
            <translation>卡纸了。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="115" />
            <source>Lo sportello della stampante è aperto.</source>
            <translation>打印机盖板打开了。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="116" />
            <source>La stampante è spenta o scollegata.</source>
            <translation>打印机已关闭或未连接。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="117" />
            <source>Stampa completata.</source>
            <translation>打印完成。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="119" />
            <source>La stampante si è fermata: la stampa è stata annullata.</source>
            <translation>打印机已停止：打印已取消。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="121" />
            <source>La stampa non è riuscita.</source>
            <translation>打印未成功。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="122" />
            <source>La stampa è stata annullata.</source>
            <translation>打印已取消。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="124" />
            <source>La stampante non ha risposto in tempo: stampa annullata.</source>
            <translation>打印机未及时响应：打印已取消。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="126" />
            <source>La stampa non è stata accettata.</source>
            <translation>打印任务未被接受。</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="127" />
            <source>Il documento da stampare non esiste.</source>
            <translation>要打印的文件不存在。</translation>
        </message>
    </context>
    <context>
        <name>PrinterNotice</name>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Attenzione: la stampante non è disponibile. Può continuare: la ricevuta comparirà sullo schermo e potrà farla stampare allo sportello.</source>
            <translation>注意：打印机无法使用。您可以继续：收据会显示在屏幕上，您可以到窗口请工作人员打印。</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../../printing/labels.py" line="33" />
            <source>Ricevuta di pagamento</source>
            <translation>付款收据</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="34" />
            <source>Attestazione di pagamento pagoPA</source>
            <translation>pagoPA付款证明</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="35" />
            <source>Conferma di prenotazione</source>
            <translation>预约确认</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="36" />
            <source>Disdetta della prenotazione</source>
            <translation>预约取消</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="37" />
            <source>Riepilogo giornaliero</source>
            <translation>每日汇总</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="40" />
            <source>Data e ora</source>
            <translation>日期和时间</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="41" />
            <source>Ente creditore</source>
            <translation>收款机构</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="42" />
            <source>Codice fiscale ente</source>
            <translation>机构税号</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="43" />
            <source>Causale</source>
            <translation>付款事由</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="44" />
            <source>Codice avviso</source>
            <translation>缴费通知码</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="45" />
            <source>IUV (codice identificativo del versamento)</source>
            <translation>IUV（缴费唯一识别码）</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="46" />
            <source>Importo</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="47" />
            <source>Commissione</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="48" />
            <source>Totale pagato</source>
            <translation>实付总额</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="49" />
            <source>Prestatore del servizio di pagamento</source>
            <translation>支付服务提供商</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="50" />
            <source>Codice fiscale prestatore</source>
            <translation>服务提供商税号</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="51" />
            <source>Numero univoco del pagamento</source>
            <translation>付款唯一编号</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="52" />
            <source>IUR (identificativo della riscossione)</source>
            <translation>IUR（收款识别码）</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="54" />
            <source>Conservi questa ricevuta: attesta il pagamento effettuato.</source>
            <translation>请保留此收据：它是您已付款的证明。</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="58" />
            <source>Codice prenotazione</source>
            <translation>预约码</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="59" />
            <source>Paziente (codice fiscale)</source>
            <translation>患者（税号）</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="60" />
            <source>Prestazione</source>
            <translation>医疗服务</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="61" />
            <source>Quando</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="62" />
            <source>dalle %1 alle %2</source>
            <translation>%1至%2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="63" />
            <source>Dove</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="64" />
            <source>Cosa portare</source>
            <translation>需要携带的物品</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="65" />
            <source>Ticket da pagare</source>
            <translation>应付自付费</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="66" />
            <source>Nessun ticket da pagare</source>
            <translation>无需支付自付费</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="67" />
            <source>Paghi il ticket con l'avviso pagoPA</source>
            <translation>请凭pagoPA缴费通知支付自付费</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="68" />
            <source>Per disdire</source>
            <translation>如需取消</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="69" />
            <source>Disdica entro: %1</source>
            <translation>取消截止：%1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="71" />
            <source>Inquadri il codice con il telefono per salvare l'appuntamento</source>
            <translation>用手机扫描此码，保存预约</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="73" />
            <source>Appuntamento disdetto</source>
            <translation>预约已取消</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="74" />
            <source>Disdetta registrata il</source>
            <translation>取消登记时间</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="76" />
            <source>La prenotazione è stata disdetta. Non deve presentarsi.</source>
            <translation>预约已取消。您无需前来。</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="80" />
            <source>Giorno</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="81" />
            <source>Servizi completati</source>
            <translation>已完成的服务</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="82" />
            <source>Nessun servizio completato</source>
            <translation>没有已完成的服务</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="83" />
            <source>Incassi per ente</source>
            <translation>按机构统计收款</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="84" />
            <source>Nessun pagamento</source>
            <translation>没有付款</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="85" />
            <source>Pagamenti: %1</source>
            <translation>付款：%1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="86" />
            <source>di cui commissioni: %1</source>
            <translation>其中手续费：%1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="87" />
            <source>Totale incassato</source>
            <translation>收款总额</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="88" />
            <source>Sessioni</source>
            <translation>会话</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="89" />
            <source>Con assistenza di un tutor</source>
            <translation>在辅导员协助下</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="90" />
            <source>Stampe non riuscite</source>
            <translation>打印失败</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="91" />
            <source>Percorsi abbandonati</source>
            <translation>中途放弃的操作</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="94" />
            <source>Postazione</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="95" />
            <source>Emessa il</source>
            <translation>开具时间</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="96" />
            <source>Assistito da un tutor: %1</source>
            <translation>辅导员协助：%1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="97" />
            <source>Codice ricevuta</source>
            <translation>收据码</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="99" />
            <source>Mostri questo codice allo sportello per ritrovare la ricevuta</source>
            <translation>在窗口出示此码即可找回收据</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="101" />
            <source>Pagina %1 di %2</source>
            <translation>第%1页，共%2页</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="102" />
            <source>%1, ore %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="105" />
            <source>lunedì</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="106" />
            <source>martedì</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="107" />
            <source>mercoledì</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="108" />
            <source>giovedì</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="109" />
            <source>venerdì</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="110" />
            <source>sabato</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="111" />
            <source>domenica</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="114" />
            <source>gennaio</source>
            <translation>1月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="115" />
            <source>febbraio</source>
            <translation>2月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="116" />
            <source>marzo</source>
            <translation>3月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="117" />
            <source>aprile</source>
            <translation>4月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="118" />
            <source>maggio</source>
            <translation>5月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="119" />
            <source>giugno</source>
            <translation>6月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="120" />
            <source>luglio</source>
            <translation>7月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="121" />
            <source>agosto</source>
            <translation>8月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="122" />
            <source>settembre</source>
            <translation>9月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="123" />
            <source>ottobre</source>
            <translation>10月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="124" />
            <source>novembre</source>
            <translation>11月</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="125" />
            <source>dicembre</source>
            <translation>12月</translation>
        </message>
    </context>
    <context>
        <name>ReceiptFallback</name>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="103" />
            <source>La ricevuta non è stata stampata, ma è conservata.</source>
            <translation>收据未能打印，但已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="106" />
            <source>Fotografi il codice QR con il telefono, oppure mostri questo codice allo sportello: il personale le stampa la ricevuta.</source>
            <translation>请用手机拍下二维码，或在窗口出示此代码：工作人员会为您打印收据。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="108" />
            <source>Codice QR della ricevuta</source>
            <translation>收据二维码</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="110" />
            <source>Codice ricevuta: %1</source>
            <translation>收据码：%1</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../ui/scan_router.py" line="49" />
            <source>Questo codice non si può usare in questa schermata.</source>
            <translation>此代码不能在此页面使用。</translation>
        </message>
    </context>
    <context>
        <name>Scanner</name>
        <message>
            <location filename="../../kiosk/scanner.py" line="229" />
            <source>Questo codice non è tra quelli che posso leggere qui.</source>
            <translation>这里无法读取此代码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="232" />
            <source>Non sono riuscito a leggere bene il codice fiscale. Passi di nuovo la tessera sanitaria davanti al lettore, oppure scriva il codice a mano.</source>
            <translation>未能读清税号。请将医疗卡再次从读卡器前划过，或手动输入税号。</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="239" />
            <source>Il tesserino non è stato letto bene. Lo passi di nuovo davanti al lettore.</source>
            <translation>工作证没有读清。请再次从读卡器前划过。</translation>
        </message>
    </context>
    <context>
        <name>ScrollColumn</name>
        <message>
            <location filename="../../ui/widgets/scroll.py" line="66" />
            <source>Scorrere per vedere il resto della pagina</source>
            <translation>滚动查看页面的其余部分</translation>
        </message>
    </context>
    <context>
        <name>ServiceError</name>
        <message>
            <location filename="../../kiosk/services/errors.py" line="20" />
            <source>Non troviamo questo avviso. Controlli il numero e l'ente creditore.</source>
            <translation>找不到此缴费通知。请检查号码和收款机构。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="23" />
            <source>Questo avviso è scaduto e non si può più pagare qui. Si rivolga all'ente che lo ha emesso.</source>
            <translation>此缴费通知已过期，无法在这里支付。请联系开具通知的机构。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="28" />
            <source>Questo avviso è stato annullato dall'ente e non va pagato.</source>
            <translation>此缴费通知已被机构撤销，无需支付。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="32" />
            <source>Questo avviso risulta già pagato. Non deve pagarlo di nuovo.</source>
            <translation>此缴费通知已经支付。您无需再次支付。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="35" />
            <source>Un pagamento di questo avviso è già in corso. Attenda qualche minuto e riprovi.</source>
            <translation>此缴费通知的付款正在进行中。请等几分钟后重试。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="39" />
            <source>I dati dell'avviso non corrispondono. Controlli il numero, l'ente e l'importo.</source>
            <translation>缴费通知信息不一致。请检查号码、机构和金额。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="43" />
            <source>L'ente creditore non risponde in questo momento. Riprovi più tardi.</source>
            <translation>收款机构目前没有响应。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="47" />
            <source>C'è un problema temporaneo con questo avviso. Riprovi tra qualche minuto.</source>
            <translation>此缴费通知出现暂时性问题。请几分钟后重试。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="51" />
            <source>Si è verificato un errore imprevisto. Nessun importo è stato addebitato. Riprovi.</source>
            <translation>发生意外错误。未扣除任何金额。请重试。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="56" />
            <source>Non troviamo questa ricetta. Controlli il codice NRE.</source>
            <translation>找不到此处方。请检查NRE码。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="59" />
            <source>Questa ricetta è scaduta (vale 6 mesi). Chieda una nuova ricetta al suo medico.</source>
            <translation>此处方已过期（有效期6个月）。请向您的医生申请新处方。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="63" />
            <source>Questa ricetta è già stata usata per una prenotazione.</source>
            <translation>此处方已用于一次预约。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="66" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli il codice fiscale.</source>
            <translation>此处方属于另一个人。请检查税号。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="70" />
            <source>Una ricetta urgente va prenotata entro 48 ore. Si rivolga allo sportello o al suo medico.</source>
            <translation>紧急处方必须在48小时内预约。请到窗口或找您的医生。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="75" />
            <source>Per questa prestazione serve la ricetta elettronica (codice NRE).</source>
            <translation>此项医疗服务需要电子处方（NRE码）。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="78" />
            <source>Questa ricetta è per un'altra prestazione.</source>
            <translation>此处方用于其他医疗服务。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="82" />
            <source>Questo orario è appena stato preso. Ecco gli orari ancora liberi.</source>
            <translation>这个时间刚刚被预约了。以下是仍然空闲的时间。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="85" />
            <source>Questo orario non è più disponibile. Scelga un altro orario.</source>
            <translation>这个时间已不可用。请选择其他时间。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="88" />
            <source>Questo servizio non è disponibile. Scelga un altro servizio.</source>
            <translation>此项服务不可用。请选择其他服务。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="91" />
            <source>Non troviamo la prenotazione. Controlli il codice di prenotazione e il codice fiscale.</source>
            <translation>找不到该预约。请检查预约码和税号。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="95" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>此预约已经取消。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="98" />
            <source>È troppo tardi per annullare o spostare qui questa prenotazione. Chiami o si rechi allo sportello.</source>
            <translation>现在已来不及在这里取消或更改此预约。请致电或前往窗口。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="103" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>税号无效。请检查。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="107" />
            <source>Non troviamo questo pagamento. Chieda aiuto al personale.</source>
            <translation>找不到此付款。请向工作人员求助。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="110" />
            <source>Il pagamento è già concluso e non si può più annullare.</source>
            <translation>付款已经完成，无法取消。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="113" />
            <source>Non troviamo questa ricevuta. Chieda aiuto al personale.</source>
            <translation>找不到此收据。请向工作人员求助。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="116" />
            <source>La richiesta di aiuto non è stata trovata. La ripeta, per favore.</source>
            <translation>未找到求助请求。请重新提交。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="126" />
            <source>La richiesta non è andata a buon fine. Chieda aiuto al personale.</source>
            <translation>请求未成功。请向工作人员求助。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="129" />
            <source>Il servizio non è raggiungibile in questo momento. Riprovi tra poco o chieda aiuto al personale.</source>
            <translation>目前无法连接服务。请稍后再试，或向工作人员求助。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="134" />
            <source>Il servizio sta rispondendo troppo lentamente. Riprovi tra poco.</source>
            <translation>服务响应太慢。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="137" />
            <source>Il servizio ha un problema temporaneo. Riprovi tra poco.</source>
            <translation>服务出现暂时性问题。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="140" />
            <source>Il servizio ha dato una risposta che non capiamo. Chieda aiuto al personale.</source>
            <translation>服务给出了我们无法理解的回复。请向工作人员求助。</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="144" />
            <source>Questa postazione non è autorizzata a usare il servizio. Chieda aiuto al personale.</source>
            <translation>本终端未获授权使用此服务。请向工作人员求助。</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="116" />
            <source>Che cosa vuole prenotare?</source>
            <translation>您想预约什么？</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="122" />
            <source>gratuito</source>
            <translation>免费</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="124" />
            <source>Sanità – ASST Pavia</source>
            <translation>医疗 – 帕维亚ASST</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="125" />
            <source>Visita o esame con la ricetta</source>
            <translation>凭处方就诊或检查</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="126" />
            <source>Serve il numero della ricetta elettronica (NRE)</source>
            <translation>需要电子处方号码（NRE）</translation>
        </message>
    </context>
    <context>
        <name>SlotPage</name>
        <message>
            <location filename="../../ui/book/slot_page.py" line="319" />
            <source>Quando preferisce?</source>
            <translation>您希望什么时候？</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="321" />
            <source>Primi giorni liberi</source>
            <translation>最早的空闲日期</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="323" />
            <source>Torna ai primi giorni</source>
            <translation>返回最早的日期</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="324" />
            <source>Altre date (calendario)</source>
            <translation>其他日期（日历）</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="325" />
            <source>◀ Orari precedenti</source>
            <translation>◀ 更早的时间</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="326" />
            <source>Orari successivi ▶</source>
            <translation>更晚的时间 ▶</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="327" />
            <source>Mese precedente</source>
            <translation>上个月</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="328" />
            <source>Mese successivo</source>
            <translation>下个月</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="344" />
            <source>Orari liberi di %1</source>
            <translation>%1的空闲时间</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="352" />
            <source>Ore %1</source>
            <translation>%1</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/speech.py" line="51" />
            <source>Lettura ad alta voce attiva. Tocchi una volta un pulsante per sentirlo, due volte per sceglierlo.</source>
            <extracomment>Phrases the speech layer adds itself (translated at speaking time).</extracomment>
            <translation>朗读已开启。触摸按钮一次可收听，触摸两次可选择。</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="55" />
            <source>Lettura ad alta voce spenta.</source>
            <translation>朗读已关闭。</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="56" />
            <source>Niente da ripetere.</source>
            <translation>没有可重复的内容。</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="57" />
            <source>Volume %1 di %2.</source>
            <translation>音量%1/%2。</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="58" />
            <source>non disponibile</source>
            <translation>不可用</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="59" />
            <source>Attenzione: %1</source>
            <translation>注意：%1</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="60" />
            <source>Contenuto della ricevuta:</source>
            <translation>收据内容：</translation>
        </message>
    </context>
    <context>
        <name>SpeechBar</name>
        <message>
            <location filename="../../ui/speech.py" line="326" />
            <source>■ Ferma</source>
            <translation>■ 停止</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="327" />
            <source>Ferma la voce</source>
            <translation>停止语音</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="328" />
            <source>↻ Ripeti</source>
            <translation>↻ 重复</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="329" />
            <source>Ripeti</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="330" />
            <source>− Volume</source>
            <translation>− 音量</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="331" />
            <source>Abbassa il volume</source>
            <translation>调低音量</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="332" />
            <source>+ Volume</source>
            <translation>+ 音量</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="333" />
            <source>Alza il volume</source>
            <translation>调高音量</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="465" />
            <source>Pagamento</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="466" />
            <source>Prenotazione</source>
            <translation>预约</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="467" />
            <source>Disdetta</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="468" />
            <source>Riepilogo</source>
            <translation>汇总</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="471" />
            <source>stampata</source>
            <translation>已打印</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="472" />
            <source>stampa non riuscita</source>
            <translation>打印失败</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="473" />
            <source>non stampata</source>
            <translation>未打印</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="554" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>本终端暂时停止服务。请到窗口办理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="561" />
            <source>Ristampa di %1 in corso…</source>
            <translation>正在重新打印%1…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="562" />
            <source>Stampa del riepilogo del giorno in corso…</source>
            <translation>正在打印当日汇总…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="563" />
            <source>Stampa della pagina di prova in corso…</source>
            <translation>正在打印测试页…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="564" />
            <source>Riavvio della coda di stampa…</source>
            <translation>正在重启打印队列…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="565" />
            <source>La ricevuta %1 non è più disponibile.</source>
            <translation>收据%1已不可用。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="566" />
            <source>Ricevuta %1 ristampata.</source>
            <translation>收据%1已重新打印。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="567" />
            <source>Ristampa di %1 non riuscita: %2</source>
            <translation>重新打印%1失败：%2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="568" />
            <source>Riepilogo del giorno stampato (%1).</source>
            <translation>当日汇总已打印（%1）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="569" />
            <source>Riepilogo salvato (%1) ma non stampato: %2</source>
            <translation>汇总已保存（%1）但未打印：%2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="570" />
            <source>Pagina di prova stampata.</source>
            <translation>测试页已打印。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="571" />
            <source>Pagina di prova non stampata: %1</source>
            <translation>测试页未打印：%1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="572" />
            <source>Coda di stampa riavviata: %1</source>
            <translation>打印队列已重启：%1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="573" />
            <source>Non è stato possibile riavviare la coda: %1</source>
            <translation>无法重启队列：%1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="574" />
            <source>Postazione fuori servizio.</source>
            <translation>终端已停止服务。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="575" />
            <source>Postazione di nuovo in servizio.</source>
            <translation>终端已恢复服务。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="576" />
            <source>Questa funzione è riservata al personale dell'ufficio.</source>
            <translation>此功能仅限办公室工作人员使用。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="577" />
            <source>Nessuna stampante configurata su questa postazione.</source>
            <translation>本终端未设置打印机。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="578" />
            <source>Operazione non riuscita: riprovi o chiami l'assistenza tecnica.</source>
            <translation>操作失败：请重试或联系技术支持。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="581" />
            <source>Strumenti del personale</source>
            <translation>工作人员工具</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="582" />
            <source>Accesso di %1 (%2)</source>
            <translation>已登录：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="584" />
            <source>Ricevute</source>
            <translation>收据</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="586" />
            <source>Codice ricevuta, codice prenotazione o numero avviso</source>
            <translation>收据码、预约码或缴费通知编号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="587" />
            <source>Cerca una ricevuta</source>
            <translation>查找收据</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="588" />
            <source>Cerca</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="589" />
            <source>Cerca la ricevuta</source>
            <translation>查找该收据</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="590" />
            <source>Nessuna ricevuta trovata.</source>
            <translation>未找到收据。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/staff.py" line="592" />
            <source>Ricevute trovate: %n. Scorra l'elenco con il dito.</source>
            <translation>
                <numerusform>找到%n张收据。请用手指滑动列表。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="597" />
            <location filename="../../ui/screens/staff.py" line="598" />
            <source>Ristampa la ricevuta scelta</source>
            <translation>重新打印所选收据</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="599" />
            <source>Stampante</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="601" />
            <source>Stato della stampante non disponibile.</source>
            <translation>无法获取打印机状态。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="606" />
            <source>Pagina di prova</source>
            <translation>测试页</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="607" />
            <source>Stampa una pagina di prova</source>
            <translation>打印测试页</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="608" />
            <source>Riavvia la coda</source>
            <translation>重启队列</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="610" />
            <source>Riavvia la coda di stampa messa in pausa</source>
            <translation>重启已暂停的打印队列</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="611" />
            <location filename="../../ui/screens/staff.py" line="612" />
            <source>Stampa il riepilogo del giorno</source>
            <translation>打印当日汇总</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="613" />
            <source>Postazione</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="615" />
            <source>Messaggio per i cittadini</source>
            <translation>给市民的消息</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="617" />
            <source>Rimetti in servizio</source>
            <translation>恢复服务</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="618" />
            <source>Rimetti in servizio la postazione</source>
            <translation>恢复终端服务</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="620" />
            <source>Metti fuori servizio</source>
            <translation>停止服务</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="622" />
            <source>Metti la postazione fuori servizio con il messaggio</source>
            <translation>停止终端服务并显示消息</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="624" />
            <source>Tocchi di nuovo per uscire al desktop</source>
            <translation>再次触摸以退出到桌面</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="625" />
            <source>Conferma l'uscita al desktop</source>
            <translation>确认退出到桌面</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="627" />
            <source>Esci al desktop</source>
            <translation>退出到桌面</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="628" />
            <source>Chiudi l'applicazione ed esci al desktop</source>
            <translation>关闭应用程序并退出到桌面</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="629" />
            <source>Torna alla postazione</source>
            <translation>返回终端</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="631" />
            <source>Esci dagli strumenti e torna alla postazione</source>
            <translation>退出工具并返回终端</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="261" />
            <source>Controlli la prenotazione</source>
            <translation>请核对预约信息</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="262" />
            <source>Conferma la prenotazione</source>
            <translation>确认预约</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="263" />
            <source>Aggiungi un cellulare</source>
            <translation>添加手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="264" />
            <source>Facoltativo: riceverà un promemoria</source>
            <translation>可选：您将收到提醒</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="265" />
            <source>Numero di cellulare (facoltativo)</source>
            <translation>手机号码（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="266" />
            <source>Numero di cellulare</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="268" />
            <source>Attenzione: %1</source>
            <translation>注意：%1</translation>
        </message>
    </context>
    <context>
        <name>TutorBanner</name>
        <message>
            <location filename="../../ui/tutor.py" line="125" />
            <source>Assistenza del tutor — %1</source>
            <translation>辅导员协助 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="128" />
            <source>Pannello tutor</source>
            <translation>辅导员面板</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="129" />
            <source>Apri il pannello del tutor</source>
            <translation>打开辅导员面板</translation>
        </message>
    </context>
    <context>
        <name>TutorButton</name>
        <message>
            <location filename="../../ui/tutor.py" line="83" />
            <source>Accesso riservato a tutor e personale</source>
            <translation>仅限辅导员和工作人员使用</translation>
        </message>
    </context>
    <context>
        <name>TutorController</name>
        <message>
            <location filename="../../ui/tutor.py" line="376" />
            <source>Badge non riconosciuto. Usi il PIN o si rivolga allo sportello.</source>
            <translation>无法识别工作证。请使用PIN码或到窗口办理。</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="382" />
            <source>Non è stato possibile verificare il badge. Usi il PIN.</source>
            <translation>无法验证工作证。请使用PIN码。</translation>
        </message>
    </context>
    <context>
        <name>TutorPanel</name>
        <message>
            <location filename="../../ui/tutor.py" line="223" />
            <source>Pannello del tutor — %1</source>
            <translation>辅导员面板 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="225" />
            <source>Pannello del tutor</source>
            <translation>辅导员面板</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="227" />
            <source>Assistenza iniziata alle %1.</source>
            <translation>协助开始于%1。</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="228" />
            <source>Ultimo errore di questa sessione</source>
            <translation>本次会话的最后一个错误</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="232" />
            <source>Torna al cittadino</source>
            <translation>返回市民操作</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="233" />
            <source>Chiudi il pannello e torna al cittadino</source>
            <translation>关闭面板并返回市民操作</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="234" />
            <source>Strumenti del personale</source>
            <translation>工作人员工具</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="235" />
            <source>Apri gli strumenti del personale</source>
            <translation>打开工作人员工具</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="237" />
            <source>Termina assistenza</source>
            <translation>结束协助</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="238" />
            <source>Termina l'assistenza del tutor</source>
            <translation>结束辅导员协助</translation>
        </message>
    </context>
</TS>
