<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AuditCsv</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Order number, code or tracking number</source>
        <translation>Номер заказа, код или трек-номер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest {0} of more than {1} events: narrow the period or filters</source>
        <translation>Показаны последние {0} из более чем {1} событий: сузьте период или фильтры</translation>
    </message>
    <message>
        <source>The newest {0} of {1} events: narrow the period or filters</source>
        <translation>Показаны последние {0} из {1} событий: сузьте период или фильтры</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n events exported to {0}</source>
        <translation>
            <numerusform>%n событие выгружено в {0}</numerusform>
            <numerusform>%n события выгружено в {0}</numerusform>
            <numerusform>%n событий выгружено в {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>Order {number}: scan the items</source>
        <translation>Заказ {number}: сканируйте товары</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} resumed: {scanned} of %n units already in</source>
        <translation>
            <numerusform>Заказ {number} продолжен: уже в посылке {scanned} из %n шт.</numerusform>
            <numerusform>Заказ {number} продолжен: уже в посылке {scanned} из %n шт.</numerusform>
            <numerusform>Заказ {number} продолжен: уже в посылке {scanned} из %n шт.</numerusform>
        </translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete. Scan the next order.</source>
        <translation>УПАКОВАН: заказ {number} собран. Сканируйте следующий заказ.</translation>
    </message>
    <message>
        <source>No order with the number {code}</source>
        <translation>Нет заказа с номером {code}</translation>
    </message>
    <message>
        <source>That is an item ({name}). Scan an order first.</source>
        <translation>Это товар ({name}). Сначала сканируйте заказ.</translation>
    </message>
    <message>
        <source>ON HOLD: order {number} may not be packed: {reasons}</source>
        <translation>ОТЛОЖЕН: заказ {number} упаковывать нельзя: {reasons}</translation>
    </message>
    <message>
        <source>Order {number} is {state}: it cannot be packed</source>
        <translation>Заказ {number}: {state}, упаковывать нельзя</translation>
    </message>
    <message>
        <source>Order {number} is being packed at station {station}, which is running now. Leave it to that bench; take it over only if its packer gave the parcel to you.</source>
        <translation>Заказ {number} упаковывается на станции {station}, она сейчас работает. Оставьте его той станции; забирайте, только если её упаковщик передал посылку вам.</translation>
    </message>
    <message>
        <source>Order {number} was left at station {station}, which is not running. Take it over to go on with its counts here.</source>
        <translation>Заказ {number} оставлен на станции {station}, она не работает. Заберите его, чтобы продолжить здесь с его подсчётом.</translation>
    </message>
    <message>
        <source>Order {number} taken over from station {station}</source>
        <translation>Заказ {number} забран со станции {station}</translation>
    </message>
    <message>
        <source>The counts of this order changed at another station: reloaded. Check the parcel.</source>
        <translation>Количество по заказу изменили на другой станции: данные обновлены. Проверьте посылку.</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN</source>
        <translation>Неверный PIN супервайзера</translation>
    </message>
    <message>
        <source>Order {number} released: {state}</source>
        <translation>Заказ {number} возвращён в работу: {state}</translation>
    </message>
    <message>
        <source>Order {number} is free again: {station} no longer holds it, any station may open it</source>
        <translation>Заказ {number} снова свободен: {station} его больше не держит, открыть его может любое рабочее место</translation>
    </message>
    <message>
        <source>Order {number} is on no other bench: nothing to release</source>
        <translation>Заказ {number} не занят другим рабочим местом: освобождать нечего</translation>
    </message>
    <message>
        <source>Station {station} is running with order {number}: finish or put it down there, or close that station first</source>
        <translation>Рабочее место {station} работает с заказом {number}: завершите или отложите его там либо сначала закройте то рабочее место</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>Нет открытого заказа</translation>
    </message>
    <message>
        <source>Nothing to pack: every confirmed order is done or on a bench</source>
        <translation>Упаковывать нечего: все подтверждённые заказы готовы или уже на каком-то столе</translation>
    </message>
    <message>
        <source>Unit code capture cancelled: scan the item again</source>
        <translation>Ввод кода экземпляра отменён: сканируйте товар ещё раз</translation>
    </message>
    <message>
        <source>Code {code} now belongs to {name}</source>
        <translation>Код {code} теперь привязан к товару {name}</translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete. Put the parcel on the scale.</source>
        <translation>УПАКОВАН: заказ {number} собран. Поставьте посылку на весы.</translation>
    </message>
    <message>
        <source>Order {number} is packed: put the parcel on the scale.</source>
        <translation>Заказ {number} упакован: поставьте посылку на весы.</translation>
    </message>
    <message>
        <source>Order {number} is packed and weighed ({weight} g). Scan the next order.</source>
        <translation>Заказ {number} упакован и взвешен ({weight} g). Сканируйте следующий заказ.</translation>
    </message>
    <message>
        <source>Order {number} is not weighed yet: put its parcel on the scale first, or hold it (F9).</source>
        <translation>Заказ {number} ещё не взвешен: сначала поставьте посылку на весы или отложите заказ (F9).</translation>
    </message>
    <message>
        <source>{check}. Order {number} is done: scan the next order.</source>
        <translation>{check}. Заказ {number} готов: сканируйте следующий заказ.</translation>
    </message>
    <message>
        <source>Box {name} ({tare} g)</source>
        <translation>Коробка {name} ({tare} g)</translation>
    </message>
    <message>
        <source>No packed order to weigh: finish scanning the items first.</source>
        <translation>Нет упакованного заказа для взвешивания: сначала досканируйте товары.</translation>
    </message>
    <message>
        <source>{check}. {next}</source>
        <translation>{check}. {next}</translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete</source>
        <translation>УПАКОВАН: заказ {number} собран</translation>
    </message>
    <message>
        <source>Weight {weight} g accepted by the supervisor</source>
        <translation>Вес {weight} g принят супервайзером</translation>
    </message>
    <message>
        <source>GIFT: {requests}. Wrap order {number} as asked, then press F3 or scan the order number again.</source>
        <translation>ПОДАРОК: {requests}. Упакуйте заказ {number}, как просили, затем нажмите F3 или снова сканируйте номер заказа.</translation>
    </message>
    <message>
        <source>gift wrap {wrap}</source>
        <translation>подарочная упаковка {wrap}</translation>
    </message>
    <message>
        <source>noshi {noshi}</source>
        <translation>носи {noshi}</translation>
    </message>
    <message>
        <source>Order {number} asks for gift wrap or noshi: confirm it first (F3, or scan the order number).</source>
        <translation>Заказ {number} требует подарочной упаковки или носи: сначала подтвердите её (F3 или скан номера заказа).</translation>
    </message>
    <message>
        <source>Gift wrap and noshi of order {number} confirmed</source>
        <translation>Подарочная упаковка и носи заказа {number} подтверждены</translation>
    </message>
    <message>
        <source>No packed order is waiting for its gift wrap.</source>
        <translation>Нет упакованного заказа, ждущего подарочной упаковки.</translation>
    </message>
    <message>
        <source>Order {number} put down: it stays counted and resumes when scanned again</source>
        <translation>Заказ {number} отложен: подсчёт сохранён, продолжится при повторном скане</translation>
    </message>
    <message>
        <source>UNDONE: {name} {scanned} of {ordered}. Take that unit out of the parcel.</source>
        <translation>ОТМЕНЕНО: {name} {scanned} из {ordered}. Выньте эту единицу из посылки.</translation>
    </message>
    <message>
        <source>No counted scan of this order to undo</source>
        <translation>В этом заказе нет засчитанного скана для отмены</translation>
    </message>
    <message>
        <source>Order {number} is weighed or labelled: its scans can no longer be undone here.</source>
        <translation>Заказ {number} уже взвешен или с этикеткой: его сканы здесь больше не отменить.</translation>
    </message>
    <message>
        <source>The last count was a supervisor&apos;s verification: it cannot be undone here.</source>
        <translation>Последний подсчёт — подтверждение старшего: здесь его не отменить.</translation>
    </message>
    <message>
        <source>Order {number} goes by {carrier} {service}: scan the tracking number of its waybill (or type it, F8).</source>
        <translation>Заказ {number} отправляется через {carrier} {service}: сканируйте трек-номер его накладной (или введите его, F8).</translation>
    </message>
    <message>
        <source>Tracking number {tracking} ({carrier} {service}). Put the label on and scan it.</source>
        <translation>Трек-номер {tracking} ({carrier} {service}). Наклейте этикетку и сканируйте её.</translation>
    </message>
    <message>
        <source>SHIPPED: order {number}, tracking {tracking}. Scan the next order.</source>
        <translation>ОТПРАВЛЕН: заказ {number}, трек-номер {tracking}. Сканируйте следующий заказ.</translation>
    </message>
    <message>
        <source>WRONG LABEL: {code} is not the label of order {number} (tracking {tracking}). Take it off and stick on the right one.</source>
        <translation>НЕ ТА ЭТИКЕТКА: {code} — не этикетка заказа {number} (трек-номер {tracking}). Снимите её и наклейте нужную.</translation>
    </message>
    <message>
        <source>Order {number} is waiting for its label scan: scan the label on the parcel first.</source>
        <translation>Заказ {number} ждёт скана этикетки: сначала сканируйте этикетку на посылке.</translation>
    </message>
</context>
<context>
    <name>BenchDevices</name>
    <message>
        <source>No packed parcel is waiting for weight</source>
        <translation>Нет упакованной посылки, ожидающей взвешивания</translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation>Принять вес</translation>
    </message>
    <message>
        <source>The parcel&apos;s weight is outside the tolerance. Accept it as it is?</source>
        <translation>Вес посылки вне допуска. Принять его как есть?</translation>
    </message>
    <message>
        <source>That printer is not set up: see Devices</source>
        <translation>Этот принтер не настроен: см. «Оборудование»</translation>
    </message>
</context>
<context>
    <name>BenchDocuments</name>
    <message>
        <source>Open an order first</source>
        <translation>Сначала откройте заказ</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Повторная печать</translation>
    </message>
    <message>
        <source>Print the {0} of order {1} again? It is recorded as a reprint.</source>
        <translation>Ещё раз напечатать документ «{0}» для заказа {1}? Это будет записано как повторная печать.</translation>
    </message>
    <message>
        <source>Print the {0} of order {1} again? A supervisor approves it; it is recorded as a reprint.</source>
        <translation>Напечатать {0} заказа {1} ещё раз? Это подтверждает супервайзер; печать записывается как повторная.</translation>
    </message>
    <message>
        <source>Not printed: {0} {1}</source>
        <translation>Не напечатано: {0} {1}</translation>
    </message>
</context>
<context>
    <name>CarrierDialog</name>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Send this parcel with another carrier or service.</source>
        <translation>Отправить эту посылку другим перевозчиком или другой услугой.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>Не удалось импортировать {file}: {error}</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>catalogue g</source>
        <translation>каталог, g</translation>
    </message>
    <message>
        <source>parcels g</source>
        <translation>по посылкам, g</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>посылок</translation>
    </message>
    <message>
        <source>fix the catalogue</source>
        <translation>исправьте каталог</translation>
    </message>
    <message>
        <source>ship by</source>
        <translation>срок отгрузки</translation>
    </message>
    <message>
        <source>left</source>
        <translation>осталось</translation>
    </message>
    <message>
        <source>state</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>маркетплейс</translation>
    </message>
    <message>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>items</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>ship to</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {held} on hold</source>
        <translation>подтверждено {confirmed}, отложено {held}</translation>
    </message>
    <message>
        <source>The database already has orders: demo data not loaded</source>
        <translation>В базе уже есть заказы: демо-данные не загружены</translation>
    </message>
    <message>
        <source>Scan the scanner test barcode ({code}) now:</source>
        <translation>Сейчас сканируйте тестовый штрихкод сканера ({code}):</translation>
    </message>
    <message>
        <source>That printer is not set up at this station.</source>
        <translation>Этот принтер не настроен на этой станции.</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers of {carrier} added</source>
        <translation>
            <numerusform>Добавлен %n номер {carrier}</numerusform>
            <numerusform>Добавлено %n номера {carrier}</numerusform>
            <numerusform>Добавлено %n номеров {carrier}</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier is called {name}: use one of {carriers}.</source>
        <translation>Нет перевозчика {name}: используйте один из {carriers}.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>верный</translation>
    </message>
    <message>
        <source>No order with the number {code}</source>
        <translation>Нет заказа с номером {code}</translation>
    </message>
    <message>
        <source>Order {order} has no address: it goes with its marketplace&apos;s label, which has not come yet (the outbox fetches it once the marketplace has made it).</source>
        <translation>У заказа {order} нет адреса: он отправляется с этикеткой маркетплейса, которая ещё не пришла (исходящие получат её, когда маркетплейс её сделает).</translation>
    </message>
    <message>
        <source>Order {order} has no tracking number yet, so it has no waybill: pack and weigh it at the bench, where it gets its number, then make the waybill.</source>
        <translation>У заказа {order} ещё нет трек-номера, поэтому нет и накладной: упакуйте и взвесьте его на станции, где он получит номер, затем сделайте накладную.</translation>
    </message>
    <message>
        <source>Already printed: add --reprint to print it again.</source>
        <translation>Уже напечатано: чтобы напечатать ещё раз, добавьте --reprint.</translation>
    </message>
    <message>
        <source>Supervisor PIN: </source>
        <translation>PIN супервайзера: </translation>
    </message>
    <message>
        <source>Demo loaded: {products}, {orders} ({parcels}), {held}</source>
        <translation>Демо загружено: {products}, {orders} ({parcels}), {held}</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Не удалось записать {file}: {error}</translation>
    </message>
    <message>
        <source>Outbox: {sent} sent, {later} to try again later, {failed} failed</source>
        <translation>Исходящие: отправлено {sent}, повтор позже {later}, с ошибкой {failed}</translation>
    </message>
    <message>
        <source>Message {id} is not a failed message of the outbox</source>
        <translation>Сообщение {id} не числится в исходящих как неотправленное с ошибкой</translation>
    </message>
    <message>
        <source>The outbox is empty: everything went out</source>
        <translation>Исходящие пусты: всё отправлено</translation>
    </message>
    <message>
        <source>The Rakuten keys of {shop} are removed</source>
        <translation>Ключи Rakuten магазина {shop} удалены</translation>
    </message>
    <message>
        <source>serviceSecret: </source>
        <translation>serviceSecret: </translation>
    </message>
    <message>
        <source>Set notify.smtp_host and notify.username in the settings first: the password is the password of that login</source>
        <translation>Сначала задайте notify.smtp_host и notify.username в настройках: пароль — это пароль этой учётной записи</translation>
    </message>
    <message>
        <source>licenseKey: </source>
        <translation>licenseKey: </translation>
    </message>
    <message>
        <source>Client-Id: </source>
        <translation>Client-Id: </translation>
    </message>
    <message>
        <source>Api-Key: </source>
        <translation>Api-Key: </translation>
    </message>
    <message>
        <source>The Ozon keys of {shop} are stored</source>
        <translation>Ключи Ozon магазина {shop} сохранены</translation>
    </message>
    <message>
        <source>The Ozon keys of {shop} are removed</source>
        <translation>Ключи Ozon магазина {shop} удалены</translation>
    </message>
    <message>
        <source>No Ozon keys for the shop {shop}: store them with packstation keys ozon</source>
        <translation>Нет ключей Ozon для магазина {shop}: сохраните их командой packstation keys ozon</translation>
    </message>
    <message>
        <source>Both keys are needed; nothing was stored</source>
        <translation>Нужны оба ключа; ничего не сохранено</translation>
    </message>
    <message>
        <source>The Rakuten keys of {shop} are stored</source>
        <translation>Ключи Rakuten магазина {shop} сохранены</translation>
    </message>
    <message>
        <source>No Rakuten keys for the shop {shop}: store them with packstation keys rakuten</source>
        <translation>Нет ключей Rakuten для магазина {shop}: сохраните их командой packstation keys rakuten</translation>
    </message>
    <message>
        <source>Password of {user} at {host}: </source>
        <translation>Пароль {user} на {host}: </translation>
    </message>
    <message>
        <source>No password given; nothing was stored</source>
        <translation>Пароль не введён; ничего не сохранено</translation>
    </message>
    <message>
        <source>The mail password is stored in the keyring</source>
        <translation>Пароль почты сохранён в связке ключей</translation>
    </message>
    <message>
        <source>{error}. Nothing was imported; the order queue is as it was.</source>
        <translation>{error}. Ничего не импортировано; очередь заказов не изменилась.</translation>
    </message>
    <message>
        <source>Handover {id} of {carrier} for {day}: {scanned} of {total} parcels scanned</source>
        <translation>Передача {id} для {carrier} на {day}: отсканировано {scanned} из {total} посылок</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels not scanned:</source>
        <translation>
            <numerusform>Не отсканирована %n посылка:</numerusform>
            <numerusform>Не отсканированы %n посылки:</numerusform>
            <numerusform>Не отсканировано %n посылок:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over; manifest {path}</source>
        <translation>
            <numerusform>Передача закрыта: передана %n посылка; реестр {path}</numerusform>
            <numerusform>Передача закрыта: переданы %n посылки; реестр {path}</numerusform>
            <numerusform>Передача закрыта: передано %n посылок; реестр {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt attached: {name}</source>
        <translation>Расписка приложена: {name}</translation>
    </message>
    <message>
        <source>The manifest is written when the handover closes: add --close.</source>
        <translation>Реестр создаётся при закрытии передачи: добавьте --close.</translation>
    </message>
    <message>
        <source>User {name} added ({role})</source>
        <translation>Пользователь {name} добавлен ({role})</translation>
    </message>
    <message>
        <source>User {name} disabled: they can no longer sign in</source>
        <translation>Пользователь {name} отключён: войти он больше не сможет</translation>
    </message>
    <message>
        <source>User {name} unlocked</source>
        <translation>Пользователь {name} разблокирован</translation>
    </message>
    <message>
        <source>The two PINs differ: nothing changed</source>
        <translation>PIN-коды не совпадают: ничего не изменено</translation>
    </message>
    <message>
        <source>Only an admin may do this: give --admin NAME</source>
        <translation>Это может только администратор: укажите --admin ИМЯ</translation>
    </message>
    <message>
        <source>{name} is not an admin</source>
        <translation>{name} не администратор</translation>
    </message>
    <message>
        <source>PIN of {name}: </source>
        <translation>PIN пользователя {name}: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Тот же PIN ещё раз: </translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>пропуск</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>заблокирован до {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>Saved {path}: orders {orders}, parcels {parcels}, events {events} (schema revision {revision})</source>
        <translation>Сохранено в {path}: заказов {orders}, посылок {parcels}, событий {events} (версия схемы {revision})</translation>
    </message>
    <message>
        <source>{path}: orders {orders}, parcels {parcels}, events {events} (schema revision {revision})</source>
        <translation>{path}: заказов {orders}, посылок {parcels}, событий {events} (версия схемы {revision})</translation>
    </message>
    <message>
        <source>Replace the database {database} with it? [y/N] </source>
        <translation>Заменить им базу данных {database}? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ничего не восстановлено</translation>
    </message>
    <message>
        <source>Restored {path} into {database} (schema revision {revision} now)</source>
        <translation>{path} восстановлен в {database} (теперь версия схемы {revision})</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}</source>
        <translation>Прежняя база данных сохранена как {path}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>A station may start on {where}</source>
        <translation>Рабочее место можно запускать на {where}</translation>
    </message>
    <message>
        <source>A station should not start on {where}: see FAILED above</source>
        <translation>Запускать рабочее место на {where} не следует: см. ОШИБКА выше</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>The database {where} is not a file: there is nothing to back up or restore</source>
        <translation>База данных {where} — не файл: сохранять и восстанавливать нечего</translation>
    </message>
    <message>
        <source>There is no database at {path}</source>
        <translation>По пути {path} нет базы данных</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose another file for the backup</source>
        <translation>{path} — это сама база данных: выберите для копии другой файл</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {detail}</source>
        <translation>Не удалось сохранить копию {path}: {detail}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, which is not on this PC&apos;s PATH: install the PostgreSQL client tools (the server&apos;s version or newer)</source>
        <translation>База PostgreSQL сохраняется программой pg_dump, а её нет в PATH этого компьютера: установите клиентские программы PostgreSQL (версии сервера или новее)</translation>
    </message>
    <message>
        <source>pg_dump failed: {detail}</source>
        <translation>pg_dump завершился с ошибкой: {detail}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore from the file pg_dump wrote, by the server&apos;s administrator, while no station runs on it</source>
        <translation>База PostgreSQL восстанавливается администратором сервера программой pg_restore из файла pg_dump, когда ни одно рабочее место на ней не работает</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Не удаётся прочитать {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is the database itself: nothing to restore</source>
        <translation>{path} — это сама база данных: восстанавливать нечего</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database, or it is damaged ({detail}): nothing was restored</source>
        <translation>{path} — не база SQLite или она повреждена ({detail}): ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} is not a packstation database (it has no schema revision): nothing was restored</source>
        <translation>{path} — не база packstation (в ней нет версии схемы): ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} was written by a newer packstation (schema revision {revision}): restore it with that one; nothing was restored</source>
        <translation>{path} записан более новой версией packstation (версия схемы {revision}): восстанавливайте ею; ничего не восстановлено</translation>
    </message>
    <message>
        <source>Station {station} is running on this database ({holder}): close it first; nothing was restored</source>
        <translation>Рабочее место {station} работает с этой базой ({holder}): сначала закройте его; ничего не восстановлено</translation>
    </message>
    <message>
        <source>There is no database at {path}: a station started on it would begin an empty one</source>
        <translation>По пути {path} нет базы данных: рабочее место, запущенное на нём, начнёт с пустой</translation>
    </message>
    <message>
        <source>Connected to {where}</source>
        <translation>Подключено к {where}</translation>
    </message>
    <message>
        <source>The database has no packstation schema yet: it is set up at the station&apos;s start</source>
        <translation>В базе ещё нет схемы packstation: она будет создана при запуске рабочего места</translation>
    </message>
    <message>
        <source>Schema revision {revision}, this packstation&apos;s</source>
        <translation>Версия схемы {revision}, как у этого packstation</translation>
    </message>
    <message>
        <source>Schema revision {revision}, older than this packstation&apos;s {head}: it will be upgraded at start</source>
        <translation>Версия схемы {revision} старше, чем у этого packstation ({head}): она будет обновлена при запуске</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this packstation&apos;s {head}: start the newer packstation on this database</source>
        <translation>Версия схемы {revision} новее, чем у этого packstation ({head}): запускайте на этой базе более новый packstation</translation>
    </message>
    <message>
        <source>Clock: an SQLite database runs on this PC&apos;s clock</source>
        <translation>Часы: база SQLite работает по часам этого компьютера</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s and this PC&apos;s agree within {seconds} s</source>
        <translation>Часы: сервер и этот компьютер расходятся не более чем на {seconds} с</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s is {seconds} s ahead of this PC&apos;s; ship-by deadlines and the audit trail depend on both: set them right (NTP)</source>
        <translation>Часы: сервер спешит на {seconds} с относительно этого компьютера; сроки отгрузки и журнал зависят от обоих: выставьте их верно (NTP)</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s is {seconds} s behind this PC&apos;s; ship-by deadlines and the audit trail depend on both: set them right (NTP)</source>
        <translation>Часы: сервер отстаёт на {seconds} с от этого компьютера; сроки отгрузки и журнал зависят от обоих: выставьте их верно (NTP)</translation>
    </message>
    <message>
        <source>The database takes writes (a test transaction, rolled back)</source>
        <translation>База принимает запись (пробная транзакция, отменена)</translation>
    </message>
    <message>
        <source>The database refuses writes: {detail}</source>
        <translation>База отказывает в записи: {detail}</translation>
    </message>
    <message>
        <source>Round trip: {milliseconds} ms (the median of {count} queries)</source>
        <translation>Время отклика: {milliseconds} мс (медиана {count} запросов)</translation>
    </message>
    <message>
        <source>A query failed: {detail}</source>
        <translation>Запрос не выполнен: {detail}</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Unknown SKU {sku}: add it to the catalogue or fix the order</source>
        <translation>Неизвестный SKU {sku}: добавьте его в каталог или исправьте заказ</translation>
    </message>
    <message>
        <source>Quantity {quantity} of {sku} must be at least 1</source>
        <translation>{sku}: количество {quantity}, а должно быть не меньше 1</translation>
    </message>
    <message>
        <source>The shipment has no items</source>
        <translation>В отправлении нет товаров</translation>
    </message>
    <message>
        <source>Postal code “{postal}” is not NNN-NNNN</source>
        <translation>Почтовый код «{postal}» не в формате NNN-NNNN</translation>
    </message>
    <message>
        <source>“{region}” is not a Japanese prefecture</source>
        <translation>«{region}» — не префектура Японии</translation>
    </message>
    <message>
        <source>Postal index “{postal}” is not 6 digits</source>
        <translation>Индекс «{postal}» — не 6 цифр</translation>
    </message>
    <message>
        <source>Postal code missing</source>
        <translation>Нет почтового индекса</translation>
    </message>
    <message>
        <source>Ship-to address missing</source>
        <translation>Нет адреса доставки</translation>
    </message>
    <message>
        <source>Recipient name missing</source>
        <translation>Нет имени получателя</translation>
    </message>
    <message>
        <source>Recipient phone missing</source>
        <translation>Нет телефона получателя</translation>
    </message>
    <message>
        <source>Recipient phone “{phone}” is not a phone number</source>
        <translation>Телефон получателя «{phone}» — не номер телефона</translation>
    </message>
    <message>
        <source>Not enough stock of {sku}: needs {needed}, {available} available</source>
        <translation>Не хватает остатка {sku}: нужно {needed}, доступно {available}</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>{market} did not answer within {seconds} seconds</source>
        <translation>{market} не ответил за {seconds} с</translation>
    </message>
    <message>
        <source>{market} cannot be reached: {detail}</source>
        <translation>{market} недоступен: {detail}</translation>
    </message>
    <message>
        <source>{market} has had too many requests; try again in {seconds} seconds</source>
        <translation>Слишком много запросов к {market}; повторите через {seconds} с</translation>
    </message>
    <message>
        <source>{market} has had too many requests; try again later</source>
        <translation>Слишком много запросов к {market}; повторите позже</translation>
    </message>
    <message>
        <source>{market} has a server error (HTTP {status}); try again later</source>
        <translation>Ошибка сервера {market} (HTTP {status}); повторите позже</translation>
    </message>
    <message>
        <source>{market} refused the request (HTTP {status}): {detail}</source>
        <translation>{market} отклонил запрос (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>{market} refused the keys (HTTP 401): the license key has expired or a key is wrong; enter the current keys again</source>
        <translation>{market} не принял ключи (HTTP 401): срок действия licenseKey истёк или ключ неверен; введите действующие ключи заново</translation>
    </message>
    <message>
        <source>{market} refused the keys (HTTP 401): the Api-Key has expired or is wrong, or belongs to another Client-Id; enter the current keys again</source>
        <translation>{market} не принял ключи (HTTP 401): Api-Key истёк, неверен или принадлежит другому Client-Id; введите действующие ключи заново</translation>
    </message>
    <message>
        <source>{market} has not prepared it yet ({detail}); try again in a minute</source>
        <translation>{market} ещё не подготовил это ({detail}); повторите через минуту</translation>
    </message>
    <message>
        <source>{market} answered with something that is not JSON (HTTP {status})</source>
        <translation>{market} ответил не в формате JSON (HTTP {status})</translation>
    </message>
    <message>
        <source>{market} answered with a web page instead of data (HTTP {status})</source>
        <translation>{market} вернул веб-страницу вместо данных (HTTP {status})</translation>
    </message>
    <message>
        <source>{market}&apos;s answer lacks {field}</source>
        <translation>В ответе {market} нет поля {field}</translation>
    </message>
    <message>
        <source>{market} answered HTTP {status}</source>
        <translation>{market} ответил HTTP {status}</translation>
    </message>
    <message>
        <source>The fetch stopped: {error}; the queue is as it was</source>
        <translation>Загрузка прервана: {error}; очередь не изменилась</translation>
    </message>
    <message>
        <source>No Ozon keys for the shop {shop}: store them with packstation keys ozon, then retry</source>
        <translation>Нет ключей Ozon для магазина {shop}: сохраните их командой packstation keys ozon и повторите</translation>
    </message>
    <message>
        <source>Ozon has cancelled the posting {posting} ({status}): take the parcel back</source>
        <translation>Ozon отменил отправление {posting} ({status}): заберите посылку обратно</translation>
    </message>
    <message>
        <source>Ozon did not take the tracking number: {detail}</source>
        <translation>Ozon не принял трек-номер: {detail}</translation>
    </message>
    <message>
        <source>Ozon names no delivery method for the posting {posting}: no act can be made</source>
        <translation>Ozon не указал способ доставки отправления {posting}: акт не создать</translation>
    </message>
    <message>
        <source>Ozon did not make the act ({status}): make it in the seller cabinet</source>
        <translation>Ozon не сформировал акт ({status}): сформируйте его в личном кабинете продавца</translation>
    </message>
    <message>
        <source>Ozon is making the act</source>
        <translation>Ozon формирует акт</translation>
    </message>
    <message>
        <source>Ozon did not take the marks of the posting {posting}</source>
        <translation>Ozon не принял коды маркировки отправления {posting}</translation>
    </message>
    <message>
        <source>No Rakuten keys for the shop {shop}: store them with packstation keys rakuten, then retry</source>
        <translation>Нет ключей Rakuten для магазина {shop}: сохраните их командой packstation keys rakuten и повторите</translation>
    </message>
    <message>
        <source>Rakuten RMS does not know the order {order}</source>
        <translation>В Rakuten RMS нет заказа {order}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n посылка</numerusform>
            <numerusform>%n посылки</numerusform>
            <numerusform>%n посылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels on hold</source>
        <translation>
            <numerusform>%n посылка на удержании</numerusform>
            <numerusform>%n посылки на удержании</numerusform>
            <numerusform>%n посылок на удержании</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products added</source>
        <translation>
            <numerusform>%n товар добавлен</numerusform>
            <numerusform>%n товара добавлено</numerusform>
            <numerusform>%n товаров добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>%n строка с ошибками</numerusform>
            <numerusform>%n строки с ошибками</numerusform>
            <numerusform>%n строк с ошибками</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No keyring is available to keep the marketplace keys. Install and start a Secret Service such as gnome-keyring (or KWallet, or KeePassXC with its Secret Service integration on) and log in again; on Windows the keys go to the Credential Manager. Packstation does not write the keys to a file.</source>
        <translation>Нет связки ключей для хранения ключей маркетплейсов. Установите и запустите Secret Service, например gnome-keyring (или KWallet, или KeePassXC с включённой интеграцией Secret Service), и войдите в систему заново; в Windows ключи хранятся в диспетчере учётных данных. Packstation не записывает ключи в файл.</translation>
    </message>
    <message>
        <source>The keyring did not answer ({detail}); unlock it and try again</source>
        <translation>Связка ключей не ответила ({detail}); разблокируйте её и повторите</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Devices</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Весы</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>Принтер упаковочных листов</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Принтер этикеток</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Scale</source>
        <translation>Весы</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>COM-сканер</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>Принтер упаковочных листов</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Принтер этикеток</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>не настроено</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <source>printing…</source>
        <translation>печать…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>перезапуск…</translation>
    </message>
    <message>
        <source>The scale reads {weight} g, stable.</source>
        <translation>Весы показывают {weight} g, вес стабилен.</translation>
    </message>
    <message>
        <source>{state}: {advice}</source>
        <translation>{state}: {advice}</translation>
    </message>
    <message>
        <source>Choose the port or address first.</source>
        <translation>Сначала выберите порт или адрес.</translation>
    </message>
    <message>
        <source>Printed: {job}</source>
        <translation>Напечатано: {job}</translation>
    </message>
    <message>
        <source>Sent: {job}. {reason}</source>
        <translation>Отправлено: {job}. {reason}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Не напечатано: {reason}</translation>
    </message>
    <message>
        <source>sends without status</source>
        <translation>без проверки статуса</translation>
    </message>
    <message>
        <source>test page</source>
        <translation>тестовая страница</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>бумага заканчивается</translation>
    </message>
    <message>
        <source>The printer&apos;s paper is nearly out: have a new roll ready and load it soon.</source>
        <translation>В принтере заканчивается бумага: приготовьте новый рулон и скоро замените его.</translation>
    </message>
    <message>
        <source>Scanner check: scan this code in the self-test</source>
        <translation>Проверка сканера: сканируйте этот код при самопроверке</translation>
    </message>
    <message>
        <source>{weight} g</source>
        <translation>{weight} g</translation>
    </message>
    <message>
        <source>{weight} g, settling…</source>
        <translation>{weight} g, стабилизируется…</translation>
    </message>
    <message>
        <source>The scale has no stable weight: let the parcel settle, or enter it (Shift+F6)</source>
        <translation>Вес на весах нестабилен: дайте посылке успокоиться или введите вес (Shift+F6)</translation>
    </message>
    <message>
        <source>Put the parcel of order {number} on the scale.</source>
        <translation>Поставьте посылку заказа {number} на весы.</translation>
    </message>
    <message>
        <source>TAKE THE PARCEL OFF THE SCALE: it is order {previous}&apos;s. Then put the parcel of order {number} on it.</source>
        <translation>СНИМИТЕ ПОСЫЛКУ С ВЕСОВ: это посылка заказа {previous}. Затем поставьте посылку заказа {number}.</translation>
    </message>
    <message>
        <source>TAKE THE PARCEL OFF THE SCALE: it was there before the bench started. Then put the parcel of order {number} on it.</source>
        <translation>СНИМИТЕ ПОСЫЛКУ С ВЕСОВ: она лежала там до запуска станции. Затем поставьте посылку заказа {number}.</translation>
    </message>
    <message>
        <source>The scale is clear. Now put the parcel of order {number} on it.</source>
        <translation>Весы свободны. Теперь поставьте посылку заказа {number}.</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>The scanner&apos;s port is gone: check its cable. It reconnects by itself when it is back.</source>
        <translation>Порт сканера пропал: проверьте кабель. Когда порт появится, сканер подключится сам.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Supervisor</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN супервайзера</translation>
    </message>
    <message>
        <source>Badge scanned</source>
        <translation>Пропуск отсканирован</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>packing slip</source>
        <translation>упаковочный лист</translation>
    </message>
    <message>
        <source>waybill</source>
        <translation>накладная</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>changed by an import</source>
        <translation>изменён импортом</translation>
    </message>
    <message>
        <source>state changed</source>
        <translation>смена статуса</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <source>quantity typed in</source>
        <translation>количество введено</translation>
    </message>
    <message>
        <source>verified without scan</source>
        <translation>подтверждено без скана</translation>
    </message>
    <message>
        <source>barcode taught</source>
        <translation>штрихкод привязан</translation>
    </message>
    <message>
        <source>taken over from another station</source>
        <translation>перехвачен у другой станции</translation>
    </message>
    <message>
        <source>released from a left station</source>
        <translation>освобождён с оставленной станции</translation>
    </message>
    <message>
        <source>box</source>
        <translation>коробка</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>взвешено</translation>
    </message>
    <message>
        <source>weight accepted</source>
        <translation>вес принят</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>трек-номер</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>проверка этикетки</translation>
    </message>
    <message>
        <source>gift wrap done</source>
        <translation>подарочная упаковка готова</translation>
    </message>
    <message>
        <source>scan undone</source>
        <translation>скан отменён</translation>
    </message>
    <message>
        <source>parcel split</source>
        <translation>посылка разделена</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>передача</translation>
    </message>
    <message>
        <source>scanned at a handover</source>
        <translation>отсканировано при передаче</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>передано</translation>
    </message>
    <message>
        <source>approved by a supervisor</source>
        <translation>одобрено супервайзером</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Order {order} already has tracking number {tracking}: not exported</source>
        <translation>У заказа {order} уже есть трек-номер {tracking}: не экспортирован</translation>
    </message>
    <message>
        <source>Line {line}: no parcel {order} here</source>
        <translation>Строка {line}: посылки {order} здесь нет</translation>
    </message>
    <message>
        <source>Line {line}, order {order}: {reason}</source>
        <translation>Строка {line}, заказ {order}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: tracking number {tracking} is already on order {other}: not given to {order}</source>
        <translation>Строка {line}: трек-номер {tracking} уже у заказа {other}: заказу {order} не присвоен</translation>
    </message>
    <message>
        <source>Line {line}: order {order} already has tracking number {tracking}: {new} not taken</source>
        <translation>Строка {line}: у заказа {order} уже есть трек-номер {tracking}: {new} не принят</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels written to {file}</source>
        <translation>
            <numerusform>%n посылка записана в {file}</numerusform>
            <numerusform>%n посылки записаны в {file}</numerusform>
            <numerusform>%n посылок записано в {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers stored, {unchanged} already there, from {file}</source>
        <translation>
            <numerusform>Из {file} сохранён %n трек-номер, уже были: {unchanged}</numerusform>
            <numerusform>Из {file} сохранено %n трек-номера, уже были: {unchanged}</numerusform>
            <numerusform>Из {file} сохранено %n трек-номеров, уже были: {unchanged}</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {order}: cash on delivery without an amount to collect, not exported</source>
        <translation>Заказ {order}: наложенный платёж без суммы к получению, не экспортирован</translation>
    </message>
    <message>
        <source>Order {order}: no delivery address, not exported</source>
        <translation>Заказ {order}: нет адреса доставки, не экспортирован</translation>
    </message>
    <message>
        <source>Order {order}: postal code “{postal}” is not 7 digits, not exported</source>
        <translation>Заказ {order}: почтовый код «{postal}» — не 7 цифр, не экспортирован</translation>
    </message>
    <message>
        <source>Order {order}: the shop&apos;s postal code “{postal}” is not 7 digits (settings), not exported</source>
        <translation>Заказ {order}: почтовый код магазина «{postal}» (в настройках) — не 7 цифр, не экспортирован</translation>
    </message>
    <message>
        <source>Order {order}: no phone number to deliver to, not exported</source>
        <translation>Заказ {order}: нет телефона получателя, не экспортирован</translation>
    </message>
    <message>
        <source>Order {order}: “{character}” cannot be written in Shift_JIS, not exported</source>
        <translation>Заказ {order}: символ «{character}» нельзя записать в Shift_JIS, не экспортирован</translation>
    </message>
    <message>
        <source>Order {order}: the carrier has no delivery time slot “{slot}”: exported without one</source>
        <translation>Заказ {order}: у перевозчика нет интервала доставки «{slot}»: экспортирован без интервала</translation>
    </message>
    <message>
        <source>Line {line}: no order reference</source>
        <translation>Строка {line}: нет ссылки на заказ</translation>
    </message>
    <message>
        <source>Line {line}: order {order} has no tracking number</source>
        <translation>Строка {line}: у заказа {order} нет трек-номера</translation>
    </message>
    <message>
        <source>Line {line} has {found} columns: this is not a {format} file</source>
        <translation>В строке {line} столбцов: {found} — это не файл {format}</translation>
    </message>
</context>
<context>
    <name>FetchRunner</name>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0} {1}: {2} new, {3} changed</source>
        <translation>{0} {1}: новых {2}, изменённых {3}</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This handover was closed at {time}: open a new one for the next pickup.</source>
        <translation>Эта передача закрыта в {time}: для следующего забора откройте новую.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned: close only if they stay for the next pickup.</source>
        <translation>
            <numerusform>%n посылка из списка не отсканирована: закрывайте, только если она остаётся до следующего забора.</numerusform>
            <numerusform>%n посылки из списка не отсканированы: закрывайте, только если они остаются до следующего забора.</numerusform>
            <numerusform>%n посылок из списка не отсканировано: закрывайте, только если они остаются до следующего забора.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not a scan or a photo: attach a PDF, JPEG, PNG, TIFF, WebP or HEIC file.</source>
        <translation>{file} — не скан и не фото: приложите файл PDF, JPEG, PNG, TIFF, WebP или HEIC.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>Не удалось прочитать {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{message} All %n parcels are scanned: close the handover.</source>
        <translation>
            <numerusform>{message} Отсканирована вся %n посылка: закройте передачу.</numerusform>
            <numerusform>{message} Отсканированы все %n посылки: закройте передачу.</numerusform>
            <numerusform>{message} Отсканированы все %n посылок: закройте передачу.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no handover {id}.</source>
        <translation>Передачи {id} нет.</translation>
    </message>
    <message>
        <source>Handed over: order {number}, tracking {tracking}.</source>
        <translation>Передано: заказ {number}, трек-номер {tracking}.</translation>
    </message>
    <message>
        <source>SCANNED TWICE: order {number} was scanned at {time} by {operator} ({station}). It counts once; scan the next parcel.</source>
        <translation>ОТСКАНИРОВАНО ДВАЖДЫ: заказ {number} уже отсканирован в {time}, {operator} ({station}). Считается один раз; сканируйте следующую посылку.</translation>
    </message>
    <message>
        <source>STOP: order {number} is cancelled. Keep the parcel back, it does not go.</source>
        <translation>СТОП: заказ {number} отменён. Оставьте посылку, она не отправляется.</translation>
    </message>
    <message>
        <source>STOP: order {number} goes by {other}, not {carrier}. Put it with the {other} parcels.</source>
        <translation>СТОП: заказ {number} едет через {other}, а не {carrier}. Положите его к посылкам {other}.</translation>
    </message>
    <message>
        <source>STOP: order {number} was handed over already, on {time}. Keep it apart.</source>
        <translation>СТОП: заказ {number} уже передан {time}. Отложите его отдельно.</translation>
    </message>
    <message>
        <source>STOP: order {number} is {state}, not shipped: its label was never confirmed. Take it back to the bench.</source>
        <translation>СТОП: заказ {number} в состоянии «{state}», а не отправлен: его этикетка не подтверждена. Верните его на стол упаковки.</translation>
    </message>
    <message>
        <source>STOP: order {number} shipped on {shipped}; it is not on the list of {day}.</source>
        <translation>СТОП: заказ {number} отправлен {shipped}; его нет в списке на {day}.</translation>
    </message>
    <message>
        <source>STOP: {code} is no parcel of any order. Scan the tracking number on its waybill.</source>
        <translation>СТОП: {code} — не посылка ни одного заказа. Сканируйте трек-номер на накладной.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Начать или продолжить</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Pickup day</source>
        <translation>День забора</translation>
    </message>
    <message>
        <source>Choose the carrier and the day, then start the handover.</source>
        <translation>Выберите перевозчика и день, затем начните передачу.</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s waybill or label (or type it, Enter)</source>
        <translation>Сканируйте накладную или этикетку каждой посылки (или введите и нажмите Enter)</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Отсканировано</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>Закрыть передачу</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>Приложить расписку…</translation>
    </message>
    <message>
        <source>Save manifest…</source>
        <translation>Сохранить реестр…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>This handover is closed.</source>
        <translation>Эта передача закрыта.</translation>
    </message>
    <message>
        <source>No parcel of {0} is waiting for this day.</source>
        <translation>На этот день нет посылок {0}.</translation>
    </message>
    <message>
        <source>Handover to {0}: scan each parcel.</source>
        <translation>Передача {0}: сканируйте каждую посылку.</translation>
    </message>
    <message>
        <source>{0} of {1} handed over</source>
        <translation>передано {0} из {1}</translation>
    </message>
    <message>
        <source>Start the handover first: choose the carrier and the day.</source>
        <translation>Сначала начните передачу: выберите перевозчика и день.</translation>
    </message>
    <message>
        <source>Parcels missing</source>
        <translation>Не хватает посылок</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned:</source>
        <translation>
            <numerusform>%n посылка из списка не отсканирована:</numerusform>
            <numerusform>%n посылки из списка не отсканированы:</numerusform>
            <numerusform>%n посылок из списка не отсканировано:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway? They stay on the list of the next handover.</source>
        <translation>Всё равно закрыть? Они останутся в списке следующей передачи.</translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over. Manifest: {0}</source>
        <translation>
            <numerusform>Передача закрыта: передана %n посылка. Реестр: {0}</numerusform>
            <numerusform>Передача закрыта: переданы %n посылки. Реестр: {0}</numerusform>
            <numerusform>Передача закрыта: передано %n посылок. Реестр: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest is printed: have it signed.</source>
        <translation>Реестр напечатан: дайте его подписать.</translation>
    </message>
    <message>
        <source>The manifest did not print ({0}): save it and print it elsewhere.</source>
        <translation>Реестр не напечатан ({0}): сохраните его и напечатайте на другом принтере.</translation>
    </message>
    <message>
        <source>Handover manifest</source>
        <translation>Реестр передачи</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Manifest saved to {0}</source>
        <translation>Реестр сохранён в {0}</translation>
    </message>
    <message>
        <source>Attach the signed receipt</source>
        <translation>Приложить подписанную расписку</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.png *.tif *.webp *.heic);;All files (*)</source>
        <translation>Сканы и фото (*.pdf *.jpg *.png *.tif *.webp *.heic);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Receipt attached: {0}</source>
        <translation>Расписка приложена: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of order {0}</source>
        <translation>История заказа {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>(reprint)</source>
        <translation>(повторная печать)</translation>
    </message>
    <message>
        <source>Reprint waybill (supervisor)…</source>
        <translation>Перепечатать накладную (супервайзер)…</translation>
    </message>
    <message>
        <source>Reprint packing slip…</source>
        <translation>Повторно напечатать упаковочный лист…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что происходило</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Напечатанные документы</translation>
    </message>
</context>
<context>
    <name>Hold</name>
    <message>
        <source>The marketplace status is “{status}”: wait until it is settled</source>
        <translation>Статус на маркетплейсе «{status}»: дождитесь окончательного статуса</translation>
    </message>
    <message>
        <source>The marketplace says “{status}” but the bench has not shipped it: check before packing</source>
        <translation>На маркетплейсе статус «{status}», но заказ ещё не отгружен: проверьте перед упаковкой</translation>
    </message>
    <message>
        <source>The order changed while it was being packed: check the parcel against the new items</source>
        <translation>Заказ изменился во время упаковки: сверьте посылку с новым составом</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>Backorder: waiting for stock</source>
        <translation>Дозаказ: ждём поступления товара</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Barcode {code} already belongs to SKU {sku}; not linked to {new}</source>
        <translation>Штрихкод {code} уже привязан к SKU {sku}; к {new} не привязан</translation>
    </message>
    <message>
        <source>{file}: {created}, {updated} updated, {errors}</source>
        <translation>{file}: {created}, обновлено {updated}, {errors}</translation>
    </message>
    <message>
        <source>{number}: the file changes an order that is already {state}; the change was not applied</source>
        <translation>{number}: файл меняет заказ в статусе «{state}»; изменение не применено</translation>
    </message>
    <message>
        <source>{number}: the marketplace cancelled an order that is already {state}: stop the parcel</source>
        <translation>{number}: маркетплейс отменил заказ в статусе «{state}»: остановите посылку</translation>
    </message>
    <message>
        <source>{number}: the file changes an order already split into parcels; the change was not applied and its open parcels are on hold: check them</source>
        <translation>{number}: файл меняет заказ, уже разделённый на посылки; изменение не применено, его открытые посылки отложены: проверьте их</translation>
    </message>
    <message>
        <source>The marketplace removed this destination from the order</source>
        <translation>Маркетплейс удалил этот адрес доставки из заказа</translation>
    </message>
    <message>
        <source>{file}: {new} new, {changed} changed, {unchanged} unchanged, {held} on hold, {errors}</source>
        <translation>{file}: новых {new}, изменено {changed}, без изменений {unchanged}, отложено {held}, {errors}</translation>
    </message>
    <message>
        <source>The product name is missing</source>
        <translation>Нет названия товара</translation>
    </message>
    <message>
        <source>SKU {sku} is already on line {line}</source>
        <translation>SKU {sku} уже есть в строке {line}</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number of grams</source>
        <translation>{column} «{value}» — не целое число граммов</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number of millimetres above 0</source>
        <translation>{column} «{value}» — не целое число миллиметров больше 0</translation>
    </message>
    <message>
        <source>A box&apos;s size needs all of length_mm, width_mm and height_mm, or none of them</source>
        <translation>Для размера коробки нужны все три: length_mm, width_mm и height_mm, или ни одного</translation>
    </message>
    <message>
        <source>{column} “{value}” is not “serial”, “lot” or “mark”</source>
        <translation>{column} «{value}» — не serial, lot или mark</translation>
    </message>
    <message>
        <source>“{value}” is not a barcode</source>
        <translation>«{value}» — не штрихкод</translation>
    </message>
    <message>
        <source>Barcode {code} has a wrong check digit</source>
        <translation>У штрихкода {code} неверная контрольная цифра</translation>
    </message>
    <message>
        <source>Pack quantity “{value}” of barcode {code} is not a whole number of at least 1</source>
        <translation>Количество в упаковке «{value}» у штрихкода {code} — не целое число от 1</translation>
    </message>
    <message>
        <source>Case barcode {code} has no pack quantity: write {code}*12 for a case of 12</source>
        <translation>У кода упаковки {code} нет количества: для упаковки из 12 штук напишите {code}*12</translation>
    </message>
    <message>
        <source>Barcode {code} is given with pack quantities {first} and {second}</source>
        <translation>Штрихкод {code} указан с количеством в упаковке и {first}, и {second}</translation>
    </message>
    <message>
        <source>Order {order} was not imported because of the errors above</source>
        <translation>Заказ {order} не импортирован из-за ошибок выше</translation>
    </message>
    <message>
        <source>Rows of order {order} are not together; sort the file by order number</source>
        <translation>Строки заказа {order} идут не подряд; отсортируйте файл по номеру заказа</translation>
    </message>
    <message>
        <source>The order number is missing</source>
        <translation>Нет номера заказа</translation>
    </message>
    <message>
        <source>The SKU is missing</source>
        <translation>Нет SKU</translation>
    </message>
    <message>
        <source>The row has {found} columns, the header has {expected}</source>
        <translation>В строке столбцов: {found}, в заголовке: {expected}</translation>
    </message>
    <message>
        <source>The row cannot be read: {detail}</source>
        <translation>Не удалось прочитать строку: {detail}</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number</source>
        <translation>{column} «{value}» — не целое число</translation>
    </message>
    <message>
        <source>{column} “{value}” is not an amount</source>
        <translation>{column} «{value}» — не сумма</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date and time</source>
        <translation>{column} «{value}» — не дата и время</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <translation>{column}: нет значения</translation>
    </message>
    <message>
        <source>{column} has an unexpected value “{value}”</source>
        <translation>{column}: неожиданное значение «{value}»</translation>
    </message>
    <message>
        <source>The record is not a JSON object</source>
        <translation>Запись — не объект JSON</translation>
    </message>
    <message>
        <source>{file} is not JSON: {detail}</source>
        <translation>{file} — не JSON: {detail}</translation>
    </message>
    <message>
        <source>{file} does not hold {format} orders</source>
        <translation>{file}: нет заказов формата {format}</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date</source>
        <translation>{column} «{value}» — не дата</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a tax rate</source>
        <translation>{column} «{value}» — не ставка налога</translation>
    </message>
    <message>
        <source>{column} “{value}” is not yes or no (1/0, true/false, yes/no)</source>
        <translation>{column} «{value}» — не «да» или «нет» (1/0, true/false, yes/no)</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>Файл {file} пуст</translation>
    </message>
    <message>
        <source>{file} lacks the columns: {columns}</source>
        <translation>В файле {file} нет столбцов: {columns}</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text (at byte {offset})</source>
        <translation>{file} — не текст в кодировке {encoding} (байт {offset})</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text (at byte {offset}); import files are UTF-8, Shift_JIS (cp932) for Rakuten or Windows-1251 for Ozon</source>
        <translation>{file} — не текст в {encoding} (байт {offset}); файлы импорта: UTF-8, Shift_JIS (cp932) для Rakuten или Windows-1251 для Ozon</translation>
    </message>
    <message>
        <source>Unknown import format “{format}”; use one of {known}</source>
        <translation>Неизвестный формат импорта «{format}»; используйте один из: {known}</translation>
    </message>
    <message>
        <source>{file} is JSON, but neither a Rakuten getOrder nor an Ozon postings response</source>
        <translation>{file} — JSON, но не ответ Rakuten getOrder и не ответ Ozon postings</translation>
    </message>
    <message>
        <source>A column map is only for the generic format, not for {format}</source>
        <translation>Карта столбцов — только для общего формата, не для {format}</translation>
    </message>
    <message>
        <source>Column map {file}: {problem}</source>
        <translation>Карта столбцов {file}: {problem}</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <source>unknown settings {keys} (known: {known})</source>
        <translation>неизвестные настройки {keys} (известные: {known})</translation>
    </message>
    <message>
        <source>unknown fields {fields} in “columns”</source>
        <translation>неизвестные поля {fields} в «columns»</translation>
    </message>
    <message>
        <source>“{key}” must be text</source>
        <translation>«{key}» должно быть текстом</translation>
    </message>
    <message>
        <source>the delimiter must be one character</source>
        <translation>разделитель должен быть одним символом</translation>
    </message>
    <message>
        <source>unknown encoding “{encoding}”</source>
        <translation>неизвестная кодировка «{encoding}»</translation>
    </message>
    <message>
        <source>the timezone must be an offset such as +09:00, or UTC</source>
        <translation>часовой пояс должен быть смещением, например +09:00, или UTC</translation>
    </message>
    <message>
        <source>{column} “{value}” is not “rakuten”, “ozon” or “other”</source>
        <translation>{column} «{value}» — не rakuten, ozon или other</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters: “{value}”</source>
        <translation>{field} длиннее {limit} символов: «{value}»</translation>
    </message>
    <message>
        <source>{field} holds a NUL character: the file is damaged or not text</source>
        <translation>{field} содержит символ NUL: файл повреждён или это не текст</translation>
    </message>
    <message>
        <source>{field} {value} is not between {low} and {high}</source>
        <translation>{field} {value} не в пределах от {low} до {high}</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>The buyer&apos;s note</source>
        <translation>Комментарий покупателя</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The shipment</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <source>The marketplace status</source>
        <translation>Статус на маркетплейсе</translation>
    </message>
    <message>
        <source>The delivery time slot</source>
        <translation>Интервал доставки</translation>
    </message>
    <message>
        <source>The gift wrapping</source>
        <translation>Подарочная упаковка</translation>
    </message>
    <message>
        <source>The noshi</source>
        <translation>Носи</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>The parcel&apos;s barcode</source>
        <translation>Штрихкод посылки</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>The item name</source>
        <translation>Название товара</translation>
    </message>
    <message>
        <source>The item&apos;s variant</source>
        <translation>Вариант товара</translation>
    </message>
    <message>
        <source>The marketplace&apos;s SKU</source>
        <translation>Артикул маркетплейса</translation>
    </message>
    <message>
        <source>The quantity of {sku}</source>
        <translation>Количество {sku}</translation>
    </message>
    <message>
        <source>The unit price of {sku}</source>
        <translation>Цена {sku}</translation>
    </message>
    <message>
        <source>The tax rate of {sku}</source>
        <translation>Ставка налога {sku}</translation>
    </message>
    <message>
        <source>The shipping fee</source>
        <translation>Стоимость доставки</translation>
    </message>
    <message>
        <source>The order total</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>The order time</source>
        <translation>Время заказа</translation>
    </message>
    <message>
        <source>The ship-by time</source>
        <translation>Срок отгрузки</translation>
    </message>
    <message>
        <source>The delivery date</source>
        <translation>Дата доставки</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported: import it again</source>
        <translation>{file} изменился во время импорта: импортируйте его ещё раз</translation>
    </message>
</context>
<context>
    <name>Label printer</name>
    <message>
        <source>The label is {label_width} × {label_height} mm but the printer holds {media_width} × {media_height} mm labels. Change the media settings of the label printer or choose a layout for this label size.</source>
        <translation>Этикетка {label_width} × {label_height} mm, а в принтере этикетки {media_width} × {media_height} mm. Измените настройки носителя принтера этикеток или выберите макет под этот размер этикетки.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Отсканировано</translation>
    </message>
    <message>
        <source>FRAGILE</source>
        <translation>ХРУПКОЕ</translation>
    </message>
    <message>
        <source>serial number per unit</source>
        <translation>серийный номер на каждую шт.</translation>
    </message>
    <message>
        <source>lot per unit</source>
        <translation>номер партии на каждую шт.</translation>
    </message>
    <message>
        <source>Честный ЗНАК mark per unit</source>
        <translation>код Честный ЗНАК на каждую шт.</translation>
    </message>
    <message>
        <source>no barcode on file</source>
        <translation>штрихкод не заведён</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>packstation — {0} — {1}</source>
        <translation>packstation — {0} — {1}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>Импорт заказов…</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Импорт каталога…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>Оборудование…</translation>
    </message>
    <message>
        <source>Shop and documents…</source>
        <translation>Магазин и документы…</translation>
    </message>
    <message>
        <source>Marketplace connections…</source>
        <translation>Подключения маркетплейсов…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <source>Next order by deadline</source>
        <translation>Следующий заказ по сроку</translation>
    </message>
    <message>
        <source>Refresh queue</source>
        <translation>Обновить очередь</translation>
    </message>
    <message>
        <source>Open selected order</source>
        <translation>Открыть выбранный заказ</translation>
    </message>
    <message>
        <source>Check held orders again</source>
        <translation>Перепроверить отложенные заказы</translation>
    </message>
    <message>
        <source>Order history…</source>
        <translation>История заказа…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Журнал аудита…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Исходящие…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>Передача…</translation>
    </message>
    <message>
        <source>Handover manifest…</source>
        <translation>Акт приёма-передачи…</translation>
    </message>
    <message>
        <source>Put order on hold…</source>
        <translation>Отложить заказ…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>Вернуть в работу…</translation>
    </message>
    <message>
        <source>Release a left station&apos;s order…</source>
        <translation>Освободить заказ брошенного рабочего места…</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Упаковка</translation>
    </message>
    <message>
        <source>Enter quantity…</source>
        <translation>Ввести количество…</translation>
    </message>
    <message>
        <source>Verify without scan (supervisor)…</source>
        <translation>Подтвердить без сканирования (супервайзер)…</translation>
    </message>
    <message>
        <source>Cancel serial or lot capture</source>
        <translation>Отменить ввод серийного номера или партии</translation>
    </message>
    <message>
        <source>Put order down</source>
        <translation>Прервать упаковку</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Отменить последний скан</translation>
    </message>
    <message>
        <source>Gift wrap and noshi done</source>
        <translation>Подарочная упаковка и носи готовы</translation>
    </message>
    <message>
        <source>Close this parcel</source>
        <translation>Закрыть эту посылку</translation>
    </message>
    <message>
        <source>Ship what is here (backorder the rest)</source>
        <translation>Отправить то, что есть (остальное — дозаказ)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Оборудование</translation>
    </message>
    <message>
        <source>Self-test…</source>
        <translation>Самопроверка…</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Напечатать тестовую страницу</translation>
    </message>
    <message>
        <source>Print test label</source>
        <translation>Напечатать тестовую этикетку</translation>
    </message>
    <message>
        <source>Zero the scale</source>
        <translation>Обнулить весы</translation>
    </message>
    <message>
        <source>Take weight</source>
        <translation>Записать вес</translation>
    </message>
    <message>
        <source>Enter weight…</source>
        <translation>Ввести вес…</translation>
    </message>
    <message>
        <source>Accept weight (supervisor)…</source>
        <translation>Принять вес (супервайзер)…</translation>
    </message>
    <message>
        <source>Enter tracking number…</source>
        <translation>Ввести трек-номер…</translation>
    </message>
    <message>
        <source>Choose carrier…</source>
        <translation>Выбрать перевозчика…</translation>
    </message>
    <message>
        <source>Reprint packing slip…</source>
        <translation>Повторно напечатать упаковочный лист…</translation>
    </message>
    <message>
        <source>A dialog is open: finish it, then scan again</source>
        <translation>Открыто окно: закончите с ним и сканируйте снова</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Nothing was lost; try again.</source>
        <translation>Что-то пошло не так: {0}. Ничего не потеряно; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{0} ({1}) in the list</source>
        <translation>В списке: {0} ({1})</translation>
    </message>
    <message>
        <source>Select the order in the queue first</source>
        <translation>Сначала выберите заказ в очереди</translation>
    </message>
    <message>
        <source>Release a left station&apos;s order</source>
        <translation>Освободить заказ брошенного рабочего места</translation>
    </message>
    <message>
        <source>The order stays as counted, and any station may open it.</source>
        <translation>Посчитанное останется, и открыть заказ сможет любое рабочее место.</translation>
    </message>
    <message numerus="yes">
        <source>Manifest of %n parcels saved to {0}</source>
        <translation>
            <numerusform>Акт на %n отправление сохранён в {0}</numerusform>
            <numerusform>Акт на %n отправления сохранён в {0}</numerusform>
            <numerusform>Акт на %n отправлений сохранён в {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked again: {0} confirmed, {1} still on hold</source>
        <translation>Перепроверено: подтверждено {0}, всё ещё отложено {1}</translation>
    </message>
    <message>
        <source>Reprint waybill (supervisor)…</source>
        <translation>Перепечатать накладную (супервайзер)…</translation>
    </message>
    <message>
        <source>Open an order first</source>
        <translation>Сначала откройте заказ</translation>
    </message>
    <message>
        <source>Take over?</source>
        <translation>Забрать заказ?</translation>
    </message>
    <message>
        <source>Take this order over at this station?</source>
        <translation>Забрать этот заказ на эту станцию?</translation>
    </message>
    <message>
        <source>Put order on hold</source>
        <translation>Отложить заказ</translation>
    </message>
    <message>
        <source>Order {0} goes on hold; what is scanned stays counted.</source>
        <translation>Заказ {0} будет отложен; отсканированное сохранится.</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Lift every hold of this order. The checks run again.</source>
        <translation>Снять с заказа все причины отложения. Проверки пройдут заново.</translation>
    </message>
    <message>
        <source>Handover manifest</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open or select an order first</source>
        <translation>Сначала откройте или выберите заказ</translation>
    </message>
    <message>
        <source>Finish packing the order first</source>
        <translation>Сначала закончите упаковку заказа</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>The waybill&apos;s tracking number:</source>
        <translation>Трек-номер с накладной:</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.txt);;All files (*)</source>
        <translation>Файлы заказов (*.csv *.json *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing orders…</source>
        <translation>Импортируются заказы…</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Импорт каталога</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing catalogue…</source>
        <translation>Импортируется каталог…</translation>
    </message>
    <message>
        <source>The file could not be imported: {0}</source>
        <translation>Не удалось импортировать файл: {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>MarketplacesDialog</name>
    <message>
        <source>Marketplace connections</source>
        <translation>Подключения маркетплейсов</translation>
    </message>
    <message>
        <source>Rakuten RMS (RakutenPayOrderAPI)</source>
        <translation>Rakuten RMS (RakutenPayOrderAPI)</translation>
    </message>
    <message>
        <source>Ozon Seller API (FBS, rFBS)</source>
        <translation>Ozon Seller API (FBS, rFBS)</translation>
    </message>
    <message>
        <source>The keys go to the system keyring; packstation never writes them to a file.</source>
        <translation>Ключи хранятся в системной связке ключей; packstation никогда не записывает их в файл.</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>в сборке</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>упакован</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлен</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>отложен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>проблема доставки</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>shipped, confirmation pending</source>
        <translation>отправлен, ждёт подтверждения</translation>
    </message>
    <message>
        <source>An order that is {source} cannot become {target}.</source>
        <translation>Заказ в статусе «{source}» нельзя перевести в статус «{target}».</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Retry the selected message</source>
        <translation>Повторить отправку выбранного сообщения</translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed</source>
        <translation>ожидают: {0}, с ошибкой: {1}</translation>
    </message>
    <message>
        <source>Only a failed message is retried; the others go by themselves.</source>
        <translation>Повторить можно только сообщение с ошибкой; остальные отправятся сами.</translation>
    </message>
    <message>
        <source>Mail to the buyer</source>
        <translation>Письмо покупателю</translation>
    </message>
    <message>
        <source>Tracking number to Rakuten</source>
        <translation>Трек-номер в Rakuten</translation>
    </message>
    <message>
        <source>Order confirmed in Rakuten</source>
        <translation>Подтверждение заказа в Rakuten</translation>
    </message>
    <message>
        <source>Parcel packed in Ozon</source>
        <translation>Сборка отправления в Ozon</translation>
    </message>
    <message>
        <source>Tracking number to Ozon</source>
        <translation>Трек-номер в Ozon</translation>
    </message>
    <message>
        <source>Handover act from Ozon</source>
        <translation>Акт передачи от Ozon</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Outbox: cannot send ({0})</source>
        <translation>Исходящие: не удаётся отправить ({0})</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting, {1} failed (Orders ▸ Outbox)</source>
        <translation>Исходящие: ожидают {0}, с ошибкой {1} (Заказы ▸ Исходящие)</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting</source>
        <translation>Исходящие: ожидают {0}</translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>{name}: {scanned} of {ordered}</source>
        <translation>{name}: {scanned} из {ordered}</translation>
    </message>
    <message>
        <source>{name}: case of {pack}, {scanned} of {ordered}</source>
        <translation>{name}: коробка по {pack} шт., {scanned} из {ordered}</translation>
    </message>
    <message>
        <source>{name}: now scan this unit&apos;s serial number</source>
        <translation>{name}: теперь сканируйте серийный номер этого экземпляра</translation>
    </message>
    <message>
        <source>{name}: now scan this unit&apos;s lot number</source>
        <translation>{name}: теперь сканируйте номер партии этого экземпляра</translation>
    </message>
    <message>
        <source>Same code read twice: counted once</source>
        <translation>Код считан дважды: засчитан один раз</translation>
    </message>
    <message>
        <source>Unknown code {code}: link it to an item of this order?</source>
        <translation>Неизвестный код {code}: привязать к товару этого заказа?</translation>
    </message>
    <message>
        <source>WRONG ITEM: {name} ({sku}) is not in this order. Put it back.</source>
        <translation>НЕ ТОТ ТОВАР: {name} ({sku}) нет в этом заказе. Верните на место.</translation>
    </message>
    <message numerus="yes">
        <source>ONE TOO MANY: {name}: the order asks for %n and all %n are already in. Take this one out.</source>
        <translation>
            <numerusform>ЛИШНИЙ: {name} — в заказе %n шт., все уже в посылке. Выньте лишний.</numerusform>
            <numerusform>ЛИШНИЙ: {name} — в заказе %n шт., все уже в посылке. Выньте лишний.</numerusform>
            <numerusform>ЛИШНИЙ: {name} — в заказе %n шт., все уже в посылке. Выньте лишний.</numerusform>
        </translation>
    </message>
    <message>
        <source>TOO MANY: a case of {pack} {name}, but only {open} still open. Open the case and scan single units.</source>
        <translation>СЛИШКОМ МНОГО: коробка {name} по {pack} шт., а осталось только {open}. Вскройте коробку и сканируйте по одной штуке.</translation>
    </message>
    <message>
        <source>UNKNOWN CODE {code}: not in the catalogue. Set the item aside.</source>
        <translation>НЕИЗВЕСТНЫЙ КОД {code}: нет в каталоге. Уберите товар в сторону.</translation>
    </message>
    <message>
        <source>MISREAD: {code} has a wrong check digit. Scan it again.</source>
        <translation>ОШИБКА СЧИТЫВАНИЯ: у {code} неверная контрольная цифра. Сканируйте ещё раз.</translation>
    </message>
    <message>
        <source>UNREADABLE: {code} is not a valid GS1 code. Scan it again.</source>
        <translation>НЕ ЧИТАЕТСЯ: {code} — недействительный код GS1. Сканируйте ещё раз.</translation>
    </message>
    <message>
        <source>EXPIRED: {name} expired on {expiry}. Do not ship it.</source>
        <translation>ПРОСРОЧЕН: срок годности {name} истёк {expiry}. Не отправляйте.</translation>
    </message>
    <message>
        <source>ALREADY USED: {code} was captured before. Scan another unit.</source>
        <translation>УЖЕ ИСПОЛЬЗОВАН: {code} уже был считан. Сканируйте другой экземпляр.</translation>
    </message>
    <message>
        <source>{name} needs its Честный ЗНАК mark: scan the DataMatrix code, not the EAN.</source>
        <translation>{name}: нужен код маркировки Честный ЗНАК — сканируйте DataMatrix, а не EAN.</translation>
    </message>
    <message>
        <source>First scan the {kind} of the {name} you just scanned (Esc cancels).</source>
        <translation>Сначала сканируйте {kind} только что отсканированного товара {name} (Esc — отмена).</translation>
    </message>
    <message>
        <source>{name} needs a code for every unit: open the case and scan each unit.</source>
        <translation>{name}: нужен код на каждую шт. — вскройте коробку и сканируйте каждую штуку.</translation>
    </message>
    <message>
        <source>That is not a usable {kind}: {code}</source>
        <translation>Не подходит как {kind}: {code}</translation>
    </message>
    <message>
        <source>Enter between 1 and {open} for {name}.</source>
        <translation>{name}: введите число от 1 до {open}.</translation>
    </message>
    <message>
        <source>Scan one {name} first; then you may enter how many more.</source>
        <translation>{name}: сначала сканируйте одну штуку, потом можно ввести, сколько ещё.</translation>
    </message>
    <message>
        <source>{name} needs a code for every unit: scan each one.</source>
        <translation>{name}: нужен код на каждую шт. — сканируйте каждую штуку.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>{name} is already complete.</source>
        <translation>{name}: уже собрано полностью.</translation>
    </message>
    <message>
        <source>{name}: verified by supervisor ({reason})</source>
        <translation>{name}: подтверждено супервайзером ({reason})</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>серийный номер</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>номер партии</translation>
    </message>
    <message>
        <source>Честный ЗНАК mark</source>
        <translation>код маркировки Честный ЗНАК</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Ready for the next order</source>
        <translation>Готово к следующему заказу</translation>
    </message>
    <message>
        <source>Scan an order number or a marketplace label to start.</source>
        <translation>Для начала сканируйте номер заказа или этикетку маркетплейса.</translation>
    </message>
    <message>
        <source>Last: order {0}, {1}. Scan the next order number.</source>
        <translation>Последний: заказ {0}, {1}. Сканируйте номер следующего заказа.</translation>
    </message>
    <message>
        <source>Ready: scan an order</source>
        <translation>Готово: сканируйте заказ</translation>
    </message>
    <message>
        <source>Ship by {0} ({1})</source>
        <translation>Отгрузить до {0} ({1})</translation>
    </message>
    <message>
        <source>Marketplace label (the marketplace delivers)</source>
        <translation>Этикетка маркетплейса (доставляет маркетплейс)</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n units scanned</source>
        <translation>
            <numerusform>Отсканировано {0} из %n</numerusform>
            <numerusform>Отсканировано {0} из %n</numerusform>
            <numerusform>Отсканировано {0} из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>ОТЛОЖЕН</translation>
    </message>
    <message>
        <source>BACKORDER</source>
        <translation>ДОЗАКАЗ</translation>
    </message>
    <message>
        <source>PARCEL {0} OF {1}</source>
        <translation>ПОСЫЛКА {0} ИЗ {1}</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>ПОДАРОК</translation>
    </message>
    <message>
        <source>NOSHI: {0}</source>
        <translation>НОСИ: {0}</translation>
    </message>
    <message>
        <source>DELIVERY: {0}</source>
        <translation>ДОСТАВКА: {0}</translation>
    </message>
    <message>
        <source>FRAGILE: pack with care</source>
        <translation>ХРУПКОЕ: упакуйте бережно</translation>
    </message>
    <message>
        <source>INVOICE requested</source>
        <translation>СЧЁТ: запрошен</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>No parcel is being packed: open an order and scan what goes in the parcel.</source>
        <translation>Никакая посылка не собирается: откройте заказ и сканируйте то, что кладёте в посылку.</translation>
    </message>
    <message>
        <source>Nothing of order {number} is scanned yet: scan what goes in this parcel first.</source>
        <translation>Из заказа {number} ещё ничего не отсканировано: сначала сканируйте то, что кладёте в эту посылку.</translation>
    </message>
    <message>
        <source>First scan the code the last item asks for, or cancel it (Esc).</source>
        <translation>Сначала сканируйте код, который требует последний товар, или отмените его (Esc).</translation>
    </message>
    <message numerus="yes">
        <source>Parcel closed: the other %n units go in the next parcel, {next}</source>
        <translation>
            <numerusform>Посылка закрыта: оставшаяся %n единица идёт в следующую посылку, {next}</numerusform>
            <numerusform>Посылка закрыта: оставшиеся %n единицы идут в следующую посылку, {next}</numerusform>
            <numerusform>Посылка закрыта: оставшиеся %n единиц идут в следующую посылку, {next}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipping what is here: %n units wait as backorder {next} until the stock arrives</source>
        <translation>
            <numerusform>Отправляем то, что есть: %n единица ждёт поступления как дозаказ {next}</numerusform>
            <numerusform>Отправляем то, что есть: %n единицы ждут поступления как дозаказ {next}</numerusform>
            <numerusform>Отправляем то, что есть: %n единиц ждут поступления как дозаказ {next}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer at {address} does not answer: check that it is on and connected, then retry.</source>
        <translation>Принтер {address} не отвечает: проверьте, что он включён и подключён, и повторите.</translation>
    </message>
    <message>
        <source>The printer at {address} stopped taking the job part-way: check paper, cover, cable and network. The job may be partly printed.</source>
        <translation>Принтер {address} перестал принимать задание на середине: проверьте бумагу, крышку, кабель и сеть. Задание могло напечататься частично.</translation>
    </message>
    <message>
        <source>The printer at {address} cannot be opened ({error}): check the cable, that the printer is on, and the connection settings.</source>
        <translation>Не удаётся открыть принтер {address} ({error}): проверьте кабель, включён ли принтер, и настройки подключения.</translation>
    </message>
    <message>
        <source>The printer address &quot;{address}&quot; does not fit a {kind} connection: enter it like {example}.</source>
        <translation>Адрес принтера «{address}» не подходит для подключения {kind}: введите его в виде {example}.</translation>
    </message>
    <message>
        <source>USB printers need the pyusb package and libusb: install them (pip install pyusb), or choose the printer&apos;s device file (/dev/usb/lp0) or a CUPS queue instead.</source>
        <translation>Для USB-принтеров нужны пакет pyusb и libusb: установите их (pip install pyusb) или выберите вместо этого файл устройства принтера (/dev/usb/lp0) или очередь CUPS.</translation>
    </message>
    <message>
        <source>The CUPS command lp is not installed: install CUPS (cups-client) or choose another connection.</source>
        <translation>Команда CUPS lp не установлена: установите CUPS (cups-client) или выберите другое подключение.</translation>
    </message>
    <message>
        <source>CUPS did not take the job for the queue &quot;{queue}&quot;: {error}. Check the queue name in the printer settings and that CUPS is running.</source>
        <translation>CUPS не принял задание для очереди «{queue}»: {error}. Проверьте имя очереди в настройках принтера и что CUPS запущен.</translation>
    </message>
    <message>
        <source>The printer at {address} cannot report its status over this connection: paper and cover were not checked.</source>
        <translation>Принтер {address} не может сообщать статус через это подключение: бумага и крышка не проверены.</translation>
    </message>
    <message>
        <source>The printer is offline: check that it is on and ready, then retry.</source>
        <translation>Принтер не в сети: проверьте, что он включён и готов к работе, и повторите.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it, then retry.</source>
        <translation>Открыта крышка принтера: закройте её и повторите.</translation>
    </message>
    <message>
        <source>The printer is out of paper: load paper, then retry.</source>
        <translation>В принтере нет бумаги: вставьте бумагу и повторите.</translation>
    </message>
    <message>
        <source>The printer reports an error (cutter, head or mechanism): clear it, then retry.</source>
        <translation>Принтер сообщает об ошибке (резак, печатающая головка или механизм): устраните её и повторите.</translation>
    </message>
    <message>
        <source>The printer is paused: press its pause or feed button, then retry.</source>
        <translation>Принтер на паузе: нажмите на нём кнопку паузы или подачи бумаги и повторите.</translation>
    </message>
    <message>
        <source>Printing stopped part-way. {problem} The job may be partly printed: check the printout before you confirm a reprint.</source>
        <translation>Печать остановилась на середине. {problem} Задание могло напечататься частично: проверьте отпечаток, прежде чем подтвердить повторную печать.</translation>
    </message>
    <message>
        <source>The printer at {address} gave an answer that is not a status: check that the printer language in the settings (ESC/POS, ZPL or TSPL) is the printer&apos;s.</source>
        <translation>Принтер {address} ответил не статусом: проверьте, что язык принтера в настройках (ESC/POS, ZPL или TSPL) совпадает с языком принтера.</translation>
    </message>
    <message>
        <source>The station stopped while sending &quot;{job}&quot; to the printer: it may be partly printed.</source>
        <translation>Станция остановилась во время отправки «{job}» на принтер: задание могло напечататься частично.</translation>
    </message>
    <message>
        <source>&quot;{job}&quot; was already printed: confirm to print it again.</source>
        <translation>«{job}»: уже напечатано. Подтвердите, чтобы напечатать ещё раз.</translation>
    </message>
    <message>
        <source>&quot;{job}&quot; may be partly printed: check the printout, then confirm to print it again.</source>
        <translation>«{job}»: возможно, напечатано частично. Проверьте отпечаток, затем подтвердите повторную печать.</translation>
    </message>
</context>
<context>
    <name>PrinterTab</name>
    <message>
        <source>Print at this station</source>
        <translation>Печатать на этой станции</translation>
    </message>
    <message>
        <source>A4 PDF to a CUPS queue (office printer)</source>
        <translation>PDF A4 в очередь CUPS (офисный принтер)</translation>
    </message>
    <message>
        <source>PDF to a CUPS queue</source>
        <translation>PDF в очередь CUPS</translation>
    </message>
    <message>
        <source>Network (TCP 9100)</source>
        <translation>Сеть (TCP 9100)</translation>
    </message>
    <message>
        <source>USB (vendor:product)</source>
        <translation>USB (производитель:продукт)</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Последовательный порт</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Файл устройства</translation>
    </message>
    <message>
        <source>CUPS queue</source>
        <translation>Очередь CUPS</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык принтера</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>as the profile says</source>
        <translation>как в профиле</translation>
    </message>
    <message>
        <source>printer&apos;s Kanji mode (Japanese models)</source>
        <translation>Kanji mode принтера (японские модели)</translation>
    </message>
    <message>
        <source>as images (any printer)</source>
        <translation>картинкой (любой принтер)</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>точек</translation>
    </message>
    <message>
        <source>labels with gaps</source>
        <translation>этикетки с зазором</translation>
    </message>
    <message>
        <source>black mark</source>
        <translation>чёрная метка</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>непрерывная лента</translation>
    </message>
    <message>
        <source>ESC/POS profile</source>
        <translation>Профиль ESC/POS</translation>
    </message>
    <message>
        <source>Japanese text</source>
        <translation>Японский текст</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Ширина бумаги</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Ширина этикетки</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Высота этикетки</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Носитель</translation>
    </message>
    <message>
        <source>Gap or mark</source>
        <translation>Зазор или метка</translation>
    </message>
    <message>
        <source>Darkness</source>
        <translation>Плотность печати</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Напечатать тестовую страницу</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Enter quantity</source>
        <translation>Ввод количества</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} scanned. How many more go into the parcel?</source>
        <translation>{0}: отсканировано {1} из {2}. Сколько ещё кладёте в посылку?</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>The first {shown} by deadline of {parcels} that match: narrow the search or the filters to see the others</source>
        <translation>Подходит: {parcels}; показаны первые {shown} по сроку отправки. Уточните поиск или фильтры, чтобы увидеть остальные</translation>
    </message>
    <message>
        <source>The first {shown} by deadline of more than {parcels} that match: narrow the search or the filters to see the others</source>
        <translation>Подходит больше, чем {parcels}; показаны первые {shown} по сроку отправки. Уточните поиск или фильтры, чтобы увидеть остальные</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Ship by</source>
        <translation>Срок отгрузки</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Шт.</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>at {0} ({1})</source>
        <translation>на {0} ({1})</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>на {0}</translation>
    </message>
    <message>
        <source>backorder</source>
        <translation>дозаказ</translation>
    </message>
    <message>
        <source>parcel {0} of {1}</source>
        <translation>посылка {0} из {1}</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>подарок</translation>
    </message>
    <message>
        <source>noshi: {0}</source>
        <translation>носи (подарочная обёртка): {0}</translation>
    </message>
    <message>
        <source>fragile</source>
        <translation>хрупкое</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>To pack</source>
        <translation>К упаковке</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Все маркетплейсы</translation>
    </message>
    <message>
        <source>Start of an order or tracking number, or scan one</source>
        <translation>Начало номера заказа или трек-номера, или отсканируйте его</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>The rate table {path} could not be read ({reason}); it is left as it is. Correct it, or move it away to start again from the example rates.</source>
        <translation>Не удалось прочитать таблицу тарифов {path} ({reason}); она оставлена как есть. Исправьте её или уберите в другое место, чтобы начать заново с примерных тарифов.</translation>
    </message>
    <message>
        <source>Until then the bench suggests services by the example rates.</source>
        <translation>До тех пор станция предлагает службы доставки по примерным тарифам.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Receipt printer</name>
    <message>
        <source>The barcode {data} does not fit on the paper ({paper} dots wide). Use wider paper or a shorter code.</source>
        <translation>Штрихкод {data} не помещается на бумагу (ширина {paper} точек). Используйте более широкую бумагу или более короткий код.</translation>
    </message>
    <message>
        <source>The receipt printer profile {name} is not known. Choose the printer model in the settings.</source>
        <translation>Профиль принтера упаковочных листов {name} неизвестен. Выберите модель принтера в настройках.</translation>
    </message>
    <message>
        <source>The picture is {width} dots wide but the paper takes only {paper} dots. Check the paper width and the printer model in the settings.</source>
        <translation>Ширина изображения {width} точек, а бумага вмещает только {paper} точек. Проверьте ширину бумаги и модель принтера в настройках.</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Unknown scale protocol {name}: choose one of {names}.</source>
        <translation>Неизвестный протокол весов {name}: выберите один из {names}.</translation>
    </message>
    <message>
        <source>The scale&apos;s line pattern is not usable: {reason}. Write a regular expression with a (?P&lt;weight&gt;...) group, and optionally (?P&lt;unit&gt;...), (?P&lt;stable&gt;...), (?P&lt;sign&gt;...).</source>
        <translation>Шаблон строки весов не годится: {reason}. Напишите регулярное выражение с группой (?P&lt;weight&gt;...) и при необходимости (?P&lt;unit&gt;...), (?P&lt;stable&gt;...), (?P&lt;sign&gt;...).</translation>
    </message>
    <message>
        <source>The scale setting {option} cannot be {value}.</source>
        <translation>Настройка весов {option} не может иметь значение {value}.</translation>
    </message>
    <message>
        <source>The scale&apos;s line pattern has no (?P&lt;weight&gt;...) group: add one around the number.</source>
        <translation>В шаблоне строки весов нет группы (?P&lt;weight&gt;...): добавьте её вокруг числа.</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Стабильно</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Нестабильно</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Перегрузка</translation>
    </message>
    <message>
        <source>Under zero</source>
        <translation>Ниже нуля</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>Serial settings refused</source>
        <translation>Порт не принял настройки</translation>
    </message>
    <message>
        <source>Scale error</source>
        <translation>Ошибка весов</translation>
    </message>
    <message>
        <source>Keep the parcel still and wait until the weight settles.</source>
        <translation>Не трогайте посылку и дождитесь, пока вес стабилизируется.</translation>
    </message>
    <message>
        <source>Take the weight off the scale: it is over capacity.</source>
        <translation>Снимите груз с весов: превышен предел взвешивания.</translation>
    </message>
    <message>
        <source>The scale reads below zero: empty the platter, then zero the scale.</source>
        <translation>Весы показывают меньше нуля: освободите платформу и обнулите весы.</translation>
    </message>
    <message>
        <source>The scale does not answer: check that it is switched on, the cable, and the protocol and baud rate in the device settings.</source>
        <translation>Весы не отвечают: проверьте, что они включены, кабель, а также протокол и скорость в настройках оборудования.</translation>
    </message>
    <message>
        <source>The scale&apos;s port is not there: plug the cable in and check the port in the device settings.</source>
        <translation>Порт весов не найден: подключите кабель и проверьте порт в настройках оборудования.</translation>
    </message>
    <message>
        <source>The scale sends data this protocol does not understand, or reports a fault: check the protocol, baud rate, data bits and parity in the device settings, then restart the scale.</source>
        <translation>Весы присылают данные, которые этот протокол не понимает, или сообщают о неисправности: проверьте протокол, скорость, биты данных и чётность в настройках оборудования, затем перезапустите весы.</translation>
    </message>
    <message>
        <source>The port {port} is there but does not take {framing}. Set the scale and the device settings to the same settings the port takes (every port takes 8 data bits, no parity), or connect the scale through a serial adapter that takes {framing}.</source>
        <translation>Порт {port} есть, но не принимает {framing}. Установите на весах и в настройках устройств одинаковые настройки, которые порт принимает (8 бит данных без чётности принимает любой порт), или подключите весы через адаптер, который принимает {framing}.</translation>
    </message>
    <message>
        <source>{baudrate} baud, {bytesize} data bits, parity {parity}, stop bits {stopbits}</source>
        <translation>{baudrate} бод, {bytesize} бит данных, чётность: {parity}, стоповых бит: {stopbits}</translation>
    </message>
</context>
<context>
    <name>ScaleTab</name>
    <message>
        <source>This station has a scale</source>
        <translation>На этой станции есть весы</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>Take the weight by itself once the parcel is still</source>
        <translation>Записывать вес автоматически, когда посылка неподвижна</translation>
    </message>
    <message>
        <source>An order is done only when its parcel is weighed</source>
        <translation>Заказ завершается только после взвешивания посылки</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Line pattern (protocol “line”)</source>
        <translation>Шаблон строки (протокол «line»)</translation>
    </message>
    <message>
        <source>No stability flag: still for</source>
        <translation>Без признака стабильности: вес неизменен в течение</translation>
    </message>
    <message>
        <source>Auto-capture after</source>
        <translation>Автозапись через</translation>
    </message>
    <message>
        <source>Lightest parcel</source>
        <translation>Мин. вес посылки</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>or, if larger</source>
        <translation>или, если больше</translation>
    </message>
    <message>
        <source>Read weight</source>
        <translation>Считать вес</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>A scan arrived without the prefix &quot;{prefix}&quot; and was used as it came. Make the scanner&apos;s prefix and the prefix in the scanner settings the same.</source>
        <translation>Скан пришёл без префикса «{prefix}» и был принят как есть. Сделайте префикс сканера и префикс в настройках сканера одинаковыми.</translation>
    </message>
    <message>
        <source>A scan arrived without its ending ({suffix}) and was taken after a pause. Make the scanner&apos;s suffix and the suffix in the scanner settings the same.</source>
        <translation>Скан пришёл без окончания ({suffix}) и был принят после паузы. Сделайте суффикс сканера и суффикс в настройках сканера одинаковыми.</translation>
    </message>
    <message>
        <source>The scanner sent more than {limit} bytes without the end of a scan; they were discarded. Make the scanner&apos;s suffix and the suffix in the scanner settings the same.</source>
        <translation>Сканер прислал больше {limit} байт без окончания скана; они отброшены. Сделайте суффикс сканера и суффикс в настройках сканера одинаковыми.</translation>
    </message>
</context>
<context>
    <name>Scanner check</name>
    <message>
        <source>The test code arrived exactly as printed: the scanner is set up right.</source>
        <translation>Тестовый код пришёл точно как напечатан: сканер настроен правильно.</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a Japanese (JIS) layout, so symbols such as @ and &quot; change. Scan the &apos;Japanese keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>Сканер вводит символы как с американской (US) клавиатуры, а на этом компьютере японская раскладка (JIS), поэтому символы вроде @ и &quot; меняются. Сканируйте в руководстве сканера код настройки «Японская клавиатура» или на время сканирования переключите ввод компьютера на US.</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer&apos;s input language is Russian, so Latin letters arrive as Cyrillic. Switch the input language to English while scanning, or scan the setting code for Alt-code (keypad) emulation in the scanner&apos;s manual.</source>
        <translation>Сканер вводит символы как с американской (US) клавиатуры, а язык ввода на этом компьютере русский, поэтому латинские буквы приходят кириллицей. На время сканирования переключите язык ввода на английский или сканируйте в руководстве сканера код настройки эмуляции Alt-кодов (цифровой блок клавиатуры).</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a German (QWERTZ) layout, so Y and Z swap and symbols change. Scan the &apos;German keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>Сканер вводит символы как с американской (US) клавиатуры, а на этом компьютере немецкая раскладка (QWERTZ), поэтому Y и Z меняются местами и символы меняются. Сканируйте в руководстве сканера код настройки «Немецкая клавиатура» или на время сканирования переключите ввод компьютера на US.</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a French (AZERTY) layout, so A and Q, Z and W swap and digits change. Scan the &apos;French keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>Сканер вводит символы как с американской (US) клавиатуры, а на этом компьютере французская раскладка (AZERTY), поэтому A и Q, Z и W меняются местами и цифры меняются. Сканируйте в руководстве сканера код настройки «Французская клавиатура» или на время сканирования переключите ввод компьютера на US.</translation>
    </message>
    <message>
        <source>Caps Lock is on, so capital and small letters are swapped. Turn Caps Lock off, or set the scanner to ignore it (Caps Lock in the keyboard settings of its manual).</source>
        <translation>Включён Caps Lock, поэтому заглавные и строчные буквы поменялись местами. Выключите Caps Lock или настройте сканер так, чтобы он его игнорировал (пункт Caps Lock в настройках клавиатуры в руководстве сканера).</translation>
    </message>
    <message>
        <source>The scan arrived as &quot;{received}&quot;: the Japanese input method (IME) is on and turned it into kana or full-width letters. Switch the IME to direct (half-width alphanumeric) input before scanning.</source>
        <translation>Скан пришёл как «{received}»: включён японский метод ввода (IME), и он превратил код в кану или полноширинные символы. Перед сканированием переключите IME на прямой ввод (полуширинные латиница и цифры).</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{text}&quot; before each code. Remove that prefix with the setting codes in the scanner&apos;s manual.</source>
        <translation>Сканер отправляет «{text}» перед каждым кодом. Уберите этот префикс кодами настройки из руководства сканера.</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{text}&quot; after each code. Remove that suffix with the setting codes in the scanner&apos;s manual, keeping only Enter or Tab at the end.</source>
        <translation>Сканер отправляет «{text}» после каждого кода. Уберите этот суффикс кодами настройки из руководства сканера, оставив в конце только Enter или Tab.</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{before}&quot; before and &quot;{after}&quot; after each code. Remove that prefix and suffix with the setting codes in the scanner&apos;s manual, keeping only Enter or Tab at the end.</source>
        <translation>Сканер отправляет «{before}» перед каждым кодом и «{after}» после него. Уберите этот префикс и суффикс кодами настройки из руководства сканера, оставив в конце только Enter или Tab.</translation>
    </message>
    <message>
        <source>Only &quot;{received}&quot; arrived as the scan: the first characters came as typing, because the scanner pauses between characters longer than this station waits. Set a shorter inter-character delay on the scanner, or raise the maximum gap between keys in the scanner settings.</source>
        <translation>Как скан пришло только «{received}»: первые символы пришли как обычный ввод с клавиатуры, потому что сканер делает паузы между символами дольше, чем ждёт станция. Уменьшите задержку между символами на сканере или увеличьте в настройках «Сканер: макс. пауза между символами».</translation>
    </message>
    <message>
        <source>Characters were lost: &quot;{received}&quot; arrived instead of &quot;{expected}&quot;. This computer did not keep up with the scanner: set a longer inter-character delay on the scanner (see its manual) and scan again.</source>
        <translation>Символы потерялись: пришло «{received}» вместо «{expected}». Компьютер не успевает за сканером: увеличьте задержку между символами на сканере (см. его руководство) и сканируйте снова.</translation>
    </message>
    <message>
        <source>The test code arrived as &quot;{received}&quot; instead of &quot;{expected}&quot;. Set the scanner to a US keyboard, check that Caps Lock and the Japanese input method are off and that the computer&apos;s input is English (US), then scan again.</source>
        <translation>Тестовый код пришёл как «{received}» вместо «{expected}». Настройте сканер на американскую (US) клавиатуру, проверьте, что Caps Lock и японский метод ввода выключены, а язык ввода компьютера — английский (US), и сканируйте снова.</translation>
    </message>
</context>
<context>
    <name>ScannerTab</name>
    <message>
        <source>A scanner on a serial (COM) port</source>
        <translation>Сканер на последовательном (COM) порту</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <source>Character sent for GS (FNC1)</source>
        <translation>Символ, передаваемый вместо GS (FNC1)</translation>
    </message>
    <message>
        <source>Scan this test barcode:</source>
        <translation>Сканируйте этот тестовый штрихкод:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>Self-test</name>
    <message>
        <source>not set up at this station</source>
        <translation>на этой станции не настроено</translation>
    </message>
    <message>
        <source>answers, stable at zero</source>
        <translation>отвечают, стабильно на нуле</translation>
    </message>
    <message>
        <source>reads {weight} g with nothing on it: take everything off the scale and zero it.</source>
        <translation>показывают {weight} g без груза: снимите всё с весов и обнулите их.</translation>
    </message>
    <message>
        <source>online, paper loaded, cover closed</source>
        <translation>в сети, бумага есть, крышка закрыта</translation>
    </message>
    <message>
        <source>cannot report its status over this connection: print a test page to check it</source>
        <translation>не сообщает статус через это подключение: напечатайте тестовую страницу для проверки</translation>
    </message>
    <message>
        <source>prints at {actual} dpi but the settings say {configured} dpi: correct the resolution in the device settings.</source>
        <translation>печатает с разрешением {actual} dpi, а в настройках {configured} dpi: исправьте разрешение в настройках оборудования.</translation>
    </message>
    <message>
        <source>no test scan: scan the test barcode to check it</source>
        <translation>нет тестового скана: сканируйте тестовый штрихкод для проверки</translation>
    </message>
</context>
<context>
    <name>SelftestDialog</name>
    <message>
        <source>Station self-test</source>
        <translation>Самопроверка станции</translation>
    </message>
    <message>
        <source>Take everything off the scale. Scan this barcode with the bench scanner (it is also on the slip printer&apos;s test page), then press Run.</source>
        <translation>Снимите всё с весов. Сканируйте этот штрихкод сканером станции (он есть и на тестовой странице принтера упаковочных листов), затем нажмите «Запустить».</translation>
    </message>
    <message>
        <source>Waiting for the test scan…</source>
        <translation>Ожидание тестового скана…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Test scan received.</source>
        <translation>Тестовый скан получен.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>SerialFields</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>even</source>
        <translation>чётная</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>нечётная</translation>
    </message>
    <message>
        <source>Serial: baud, data bits, parity, stop bits</source>
        <translation>Последовательный порт: скорость, биты данных, чётность, стоп-биты</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Настройки станции</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>The scanner ends every code with Enter or Tab</source>
        <translation>Сканер завершает каждый код клавишей Enter или Tab</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>Linking an unknown barcode needs the supervisor PIN</source>
        <translation>Для привязки неизвестного штрихкода нужен PIN супервайзера</translation>
    </message>
    <message>
        <source>Short of stock: ship what is there, the rest as a backorder</source>
        <translation>Не хватает товара: отправлять то, что есть, остальное — дозаказом</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>оставьте пустым, чтобы сохранить текущий PIN</translation>
    </message>
    <message>
        <source>No supervisor PIN</source>
        <translation>Без PIN супервайзера</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Звуковые сигналы</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Название станции</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Scanner: longest gap between keys</source>
        <translation>Сканер: макс. пауза между символами</translation>
    </message>
    <message>
        <source>Scanner: shortest code</source>
        <translation>Сканер: мин. длина кода</translation>
    </message>
    <message>
        <source>Count a repeated code once within</source>
        <translation>Повтор кода считать одним в пределах</translation>
    </message>
    <message>
        <source>Mark as due soon when less than</source>
        <translation>Помечать как срочный, если осталось меньше</translation>
    </message>
    <message>
        <source>Lock when idle for (0: never)</source>
        <translation>Блокировать при простое через (0 — никогда)</translation>
    </message>
    <message>
        <source>Rakuten: ship within</source>
        <translation>Rakuten: отгрузить в течение</translation>
    </message>
    <message>
        <source>Ozon without a shipment date: ship within</source>
        <translation>Ozon без даты отгрузки: отгрузить в течение</translation>
    </message>
    <message>
        <source>Other shops: ship within</source>
        <translation>Другие магазины: отгрузить в течение</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>Новый PIN супервайзера</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Shop and documents</source>
        <translation>Магазин и документы</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Prefecture / region</source>
        <translation>Регион / префектура</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Здание, офис</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Invoice registration number (T + 13 digits)</source>
        <translation>Регистрационный номер для инвойсов Японии (T + 13 цифр)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <source>Thank-you note on the slip</source>
        <translation>Благодарность в упаковочном листе</translation>
    </message>
    <message>
        <source>As the order&apos;s marketplace and country</source>
        <translation>По маркетплейсу и стране заказа</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Print the packing slip when the parcel is ready</source>
        <translation>Печатать упаковочный лист, когда посылка готова</translation>
    </message>
    <message>
        <source>Print the waybill and check its label scan before the parcel ships</source>
        <translation>Печатать накладную и проверять скан этикетки перед отправкой</translation>
    </message>
    <message>
        <source>Rakuten parcels go with</source>
        <translation>Перевозчик для посылок Rakuten</translation>
    </message>
    <message>
        <source>Ozon parcels go with</source>
        <translation>Перевозчик для посылок Ozon</translation>
    </message>
    <message>
        <source>Other parcels go with</source>
        <translation>Перевозчик для остальных посылок</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {0}</source>
        <translation>Вход — {0}</translation>
    </message>
    <message>
        <source>The station is locked. Scan your badge, or enter your name and PIN.</source>
        <translation>Рабочее место заблокировано. Отсканируйте пропуск или введите имя и PIN.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>Simulated bench</source>
        <translation>Имитация станции</translation>
    </message>
    <message>
        <source>Put the parcel on</source>
        <translation>Поставить посылку</translation>
    </message>
    <message>
        <source>The open order&apos;s expected weight, give or take a few grams</source>
        <translation>Ожидаемый вес открытого заказа ± несколько граммов</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>Взвесить</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Нестабильно</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Перегрузка</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Принтеры</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>Нет бумаги</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Крышка открыта</translation>
    </message>
    <message>
        <source>Nothing printed yet</source>
        <translation>Пока ничего не напечатано</translation>
    </message>
    <message>
        <source>Printouts are kept in {0}</source>
        <translation>Отпечатки сохраняются в {0}</translation>
    </message>
    <message>
        <source>{0} printed: {1}</source>
        <translation>{0} напечатал: {1}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The folder for the database {where} cannot be created ({detail}).</source>
        <translation>Не удаётся создать папку для базы данных {where} ({detail}).</translation>
    </message>
    <message>
        <source>Start packstation with --db and a place this user may write to, or have the folder created with write permission for this user.</source>
        <translation>Запустите packstation с --db и местом, куда этот пользователь может писать, или попросите создать папку с правом записи для этого пользователя.</translation>
    </message>
    <message>
        <source>The database {where} cannot be written: the file is read-only or its folder is not writable ({detail}).</source>
        <translation>В базу данных {where} нельзя записывать: файл только для чтения или папка недоступна для записи ({detail}).</translation>
    </message>
    <message>
        <source>Give the user who runs packstation write permission on the file and its folder, or start with --db and a writable place.</source>
        <translation>Дайте пользователю, под которым работает packstation, право записи в файл и его папку, или запустите с --db и доступным для записи местом.</translation>
    </message>
    <message>
        <source>The file {where} is not a database, or it is damaged ({detail}).</source>
        <translation>Файл {where} — не база данных или он повреждён ({detail}).</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it away to start with an empty database; --db chooses another file.</source>
        <translation>Восстановите его из резервной копии или переместите, чтобы начать с пустой базой; --db выбирает другой файл.</translation>
    </message>
    <message>
        <source>The database server at {where} cannot be reached: nothing answers there ({detail}).</source>
        <translation>Сервер базы данных {where} недоступен: там никто не отвечает ({detail}).</translation>
    </message>
    <message>
        <source>Check that the server is running, that the host and port in --db or PACKSTATION_DB are right and that no firewall is in the way.</source>
        <translation>Проверьте, что сервер запущен, что хост и порт в --db или PACKSTATION_DB верны и что не мешает брандмауэр.</translation>
    </message>
    <message>
        <source>The host of the database server {where} is not known ({detail}).</source>
        <translation>Хост сервера базы данных {where} неизвестен ({detail}).</translation>
    </message>
    <message>
        <source>Check the host name in --db or PACKSTATION_DB and this PC&apos;s network connection.</source>
        <translation>Проверьте имя хоста в --db или PACKSTATION_DB и сетевое подключение этого ПК.</translation>
    </message>
    <message>
        <source>The database server at {where} refused the login ({detail}).</source>
        <translation>Сервер базы данных {where} отклонил вход ({detail}).</translation>
    </message>
    <message>
        <source>Check the user name and password in --db or PACKSTATION_DB, and that the server lets this user in from this PC.</source>
        <translation>Проверьте имя пользователя и пароль в --db или PACKSTATION_DB и что сервер пускает этого пользователя с этого ПК.</translation>
    </message>
    <message>
        <source>The database server at {where} has no such database ({detail}).</source>
        <translation>На сервере {where} нет такой базы данных ({detail}).</translation>
    </message>
    <message>
        <source>Check the database name in --db or PACKSTATION_DB, or have the database created on the server.</source>
        <translation>Проверьте имя базы данных в --db или PACKSTATION_DB или попросите создать базу на сервере.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at {where} ({detail}).</source>
        <translation>Не удаётся подключиться к серверу базы данных {where} ({detail}).</translation>
    </message>
    <message>
        <source>Check --db or PACKSTATION_DB, and that the server is running and reachable from this PC.</source>
        <translation>Проверьте --db или PACKSTATION_DB и что сервер запущен и доступен с этого ПК.</translation>
    </message>
    <message>
        <source>The database {where} was set up by a newer packstation (schema revision {detail}).</source>
        <translation>База данных {where} создана более новой версией packstation (ревизия схемы {detail}).</translation>
    </message>
    <message>
        <source>Start the newer packstation at this station, or start this one with --db and another database.</source>
        <translation>Запустите на этой станции более новую packstation или запустите эту с --db и другой базой данных.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it is kept as {backup}.</source>
        <translation>Файл настроек {path} не удалось прочитать ({reason}); он сохранён как {backup}.</translation>
    </message>
    <message>
        <source>packstation starts with the default settings: set the station up again, or repair the kept file and put it back in place while packstation is closed.</source>
        <translation>packstation запускается с настройками по умолчанию: настройте станцию заново или исправьте сохранённый файл и верните его на место, пока packstation закрыта.</translation>
    </message>
    <message>
        <source>The settings file {path} was written by a newer packstation (settings version {version}).</source>
        <translation>Файл настроек {path} записан более новой версией packstation (версия настроек {version}).</translation>
    </message>
    <message>
        <source>Start the newer packstation, or start this one with --settings and another file.</source>
        <translation>Запустите более новую packstation или запустите эту с --settings и другим файлом.</translation>
    </message>
    <message>
        <source>Station {station} is already running on this database ({holder}): a second window of one station would open the orders the first is packing.</source>
        <translation>Станция {station} уже работает с этой базой данных ({holder}): второе окно той же станции открыло бы заказы, которые упаковывает первое.</translation>
    </message>
    <message>
        <source>Switch to the window that runs, or close it first. For a second bench, start this one with --station and another name, or give it another station name in its settings.</source>
        <translation>Перейдите в работающее окно или сначала закройте его. Для второй станции запустите эту с --station и другим именем или задайте ей другое имя станции в настройках.</translation>
    </message>
    <message>
        <source>packstation cannot start</source>
        <translation>packstation не может запуститься</translation>
    </message>
    <message>
        <source>packstation started with default settings</source>
        <translation>packstation запущена с настройками по умолчанию</translation>
    </message>
</context>
<context>
    <name>StationLock</name>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>No users yet: add the first admin with `packstation users add`</source>
        <translation>Пользователей ещё нет: добавьте первого администратора командой `packstation users add`</translation>
    </message>
    <message>
        <source>Admin only</source>
        <translation>Только для администратора</translation>
    </message>
    <message>
        <source>Only an admin may change this. Sign out (Ctrl+L) and sign in as one.</source>
        <translation>Это может изменить только администратор. Выйдите (Ctrl+L) и войдите как администратор.</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Verify without scanning</source>
        <translation>Подтверждение без сканирования</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n open units of {0} as verified without a scan.</source>
        <translation>
            <numerusform>{0}: отметить оставшуюся %n шт. как проверенную без сканирования.</numerusform>
            <numerusform>{0}: отметить оставшиеся %n шт. как проверенные без сканирования.</numerusform>
            <numerusform>{0}: отметить оставшиеся %n шт. как проверенные без сканирования.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>TeachDialog</name>
    <message>
        <source>Link barcode</source>
        <translation>Привязка штрихкода</translation>
    </message>
    <message>
        <source>Code {0} is not in the catalogue. Which item carries it? The link is kept for next time.</source>
        <translation>Кода {0} нет в каталоге. На каком он товаре? Привязка сохранится на будущее.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Rakuten</source>
        <translation>Rakuten</translation>
    </message>
    <message>
        <source>Ozon</source>
        <translation>Ozon</translation>
    </message>
    <message>
        <source>Other shop</source>
        <translation>Другой магазин</translation>
    </message>
    <message>
        <source>overdue {h} h {m:02d} min</source>
        <translation>просрочено на {h} ч {m:02d} мин</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min left</source>
        <translation>осталось {h} ч {m:02d} мин</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>Tracking number {number} has a wrong check digit for {carrier}: scan it again or type it carefully.</source>
        <translation>Трек-номер {number} ({carrier}): неверная контрольная цифра. Сканируйте ещё раз или введите внимательно.</translation>
    </message>
    <message>
        <source>{number} is not a {carrier} tracking number: expected {expected}.</source>
        <translation>{carrier}: {number} — не трек-номер этого перевозчика, ожидается {expected}.</translation>
    </message>
    <message>
        <source>Scan or type the tracking number.</source>
        <translation>Сканируйте или введите трек-номер.</translation>
    </message>
    <message>
        <source>Yamato Transport</source>
        <translation>Yamato Transport</translation>
    </message>
    <message>
        <source>Sagawa Express</source>
        <translation>Sagawa Express</translation>
    </message>
    <message>
        <source>Japan Post</source>
        <translation>Почта Японии</translation>
    </message>
    <message>
        <source>Russian Post</source>
        <translation>Почта России</translation>
    </message>
    <message>
        <source>CDEK</source>
        <translation>СДЭК</translation>
    </message>
    <message>
        <source>DHL Express</source>
        <translation>DHL Express</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>перевозчик</translation>
    </message>
    <message>
        <source>12 digits, such as 4444-1375-8703</source>
        <translation>12 цифр, например 4444-1375-8703</translation>
    </message>
    <message>
        <source>12 digits, such as 5125-4751-4334</source>
        <translation>12 цифр, например 5125-4751-4334</translation>
    </message>
    <message>
        <source>12 digits (11 for registered mail), or 13 characters such as EA123456785JP</source>
        <translation>12 цифр (11 для заказных писем) или 13 символов, например EA123456785JP</translation>
    </message>
    <message>
        <source>14 digits, or 13 characters such as RA123456785RU</source>
        <translation>14 цифр или 13 символов, например RA123456785RU</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 цифр</translation>
    </message>
    <message>
        <source>10 or 11 digits, such as 3318810025</source>
        <translation>10 или 11 цифр, например 3318810025</translation>
    </message>
    <message>
        <source>1Z and 16 letters or digits (18 characters)</source>
        <translation>1Z и 16 букв или цифр (всего 18 символов)</translation>
    </message>
    <message>
        <source>12 digits, such as 9865 7878 8855</source>
        <translation>12 цифр, например 9865 7878 8855</translation>
    </message>
    <message>
        <source>20 or 22 digits, such as 9400 1112 0620 6406 2607 87</source>
        <translation>20 или 22 цифры, например 9400 1112 0620 6406 2607 87</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The first user must be an admin (--role admin)</source>
        <translation>Первый пользователь должен быть администратором (--role admin)</translation>
    </message>
    <message>
        <source>There is a user called {name} already</source>
        <translation>Пользователь {name} уже есть</translation>
    </message>
    <message>
        <source>That badge belongs to another user</source>
        <translation>Этот пропуск принадлежит другому пользователю</translation>
    </message>
    <message>
        <source>A PIN has at least {length} characters</source>
        <translation>PIN должен быть не короче {length} символов</translation>
    </message>
    <message>
        <source>A user needs a name</source>
        <translation>У пользователя должно быть имя</translation>
    </message>
    <message>
        <source>No user is called {name}</source>
        <translation>Пользователя {name} нет</translation>
    </message>
    <message>
        <source>{name} is the last active admin: add another first</source>
        <translation>{name} — последний активный администратор: сначала добавьте другого</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
    <message>
        <source>This badge is not known here</source>
        <translation>Этот пропуск здесь не известен</translation>
    </message>
    <message>
        <source>Wrong name or PIN</source>
        <translation>Неверное имя или PIN</translation>
    </message>
    <message>
        <source>{name} is locked until {until} after too many wrong PINs</source>
        <translation>{name} заблокирован до {until}: слишком много неверных PIN</translation>
    </message>
    <message>
        <source>A supervisor must approve this: their name and PIN, or their badge</source>
        <translation>Нужно подтверждение старшего смены: его имя и PIN или пропуск</translation>
    </message>
    <message>
        <source>{name} is not a supervisor: a supervisor or an admin must approve this</source>
        <translation>{name} не старший смены: подтвердить должен старший смены или администратор</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>упаковщик</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>старший смены</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>Weight</name>
    <message>
        <source>Weight {weight} g: as expected ({expected} g ± {allowed} g)</source>
        <translation>Вес {weight} g: в норме ({expected} g ± {allowed} g)</translation>
    </message>
    <message>
        <source>WEIGHT CHECK: {weight} g, expected {expected} g ± {allowed} g ({difference} g). Check the parcel for a missing or extra item. A supervisor decides.</source>
        <translation>ПРОВЕРЬТЕ ВЕС: {weight} g, ожидалось {expected} g ± {allowed} g ({difference} g). Проверьте, нет ли в посылке недостающего или лишнего товара. Решение принимает супервайзер.</translation>
    </message>
    <message>
        <source>Weight {weight} g recorded. No expected weight: the catalogue has no weight for {skus}</source>
        <translation>Вес {weight} g записан. Ожидаемый вес неизвестен: в каталоге нет веса для {skus}</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Enter weight</source>
        <translation>Ввод веса</translation>
    </message>
    <message>
        <source>Weigh the parcel on another scale.</source>
        <translation>Взвесьте посылку на других весах.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
</context>
<context>
    <name>WeightPanel</name>
    <message>
        <source>No scale</source>
        <translation>Нет весов</translation>
    </message>
    <message>
        <source>Expected weight unknown: no weight for {0}</source>
        <translation>Ожидаемый вес неизвестен: нет веса для {0}</translation>
    </message>
    <message>
        <source>Expected {0} g ± {1} g</source>
        <translation>Ожидается {0} g ± {1} g</translation>
    </message>
    <message>
        <source>no box scanned</source>
        <translation>коробка не отсканирована</translation>
    </message>
    <message>
        <source>box {0} ({1} g)</source>
        <translation>коробка {0} ({1} g)</translation>
    </message>
    <message>
        <source>weighed {0} g</source>
        <translation>взвешено {0} g</translation>
    </message>
    <message numerus="yes">
        <source>{0}: catalogue {1} g, parcels show {2} g (%n parcels): fix the catalogue</source>
        <translation>
            <numerusform>{0}: в каталоге {1} g, по посылкам {2} g (%n посылка): исправьте каталог</numerusform>
            <numerusform>{0}: в каталоге {1} g, по посылкам {2} g (%n посылки): исправьте каталог</numerusform>
            <numerusform>{0}: в каталоге {1} g, по посылкам {2} g (%n посылок): исправьте каталог</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Not done: the background work was stopping. Try it again.</source>
        <translation>Не выполнено: фоновая работа останавливалась. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>_MarketBox</name>
    <message>
        <source>Connected: fetch its orders and tell it what shipped</source>
        <translation>Подключено: загружать заказы и сообщать об отправке</translation>
    </message>
    <message>
        <source>the marketplace&apos;s own address</source>
        <translation>собственный адрес маркетплейса</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Send each parcel&apos;s tracking number</source>
        <translation>Передавать трек-номер каждой посылки</translation>
    </message>
    <message>
        <source>Confirm new orders when they are fetched</source>
        <translation>Подтверждать новые заказы при загрузке</translation>
    </message>
    <message>
        <source>leave empty to keep the stored key</source>
        <translation>оставьте пустым, чтобы сохранить прежний ключ</translation>
    </message>
    <message>
        <source>Shop (whose keys)</source>
        <translation>Магазин (чьи ключи)</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <source>Fetch orders every (0: only by hand)</source>
        <translation>Загружать заказы каждые (0: только вручную)</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
</context>
</TS>
