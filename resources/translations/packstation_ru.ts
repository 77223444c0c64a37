<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Bench</name>
    <message>
        <source>Order {number}: scan the items</source>
        <translation>Заказ {number}: сканируйте товары</translation>
    </message>
    <message>
        <source>Order {number} resumed: {scanned} of {units} units already in</source>
        <translation>Заказ {number} продолжен: уже в посылке {scanned} из {units} шт.</translation>
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
        <source>Order {number} is being packed at station {station}. Take it over only if that parcel is abandoned.</source>
        <translation>Заказ {number} упаковывают на станции {station}. Забирайте его, только если там упаковку бросили.</translation>
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
        <source>No order is open</source>
        <translation>Нет открытого заказа</translation>
    </message>
    <message>
        <source>Unit code capture cancelled: scan the item again</source>
        <translation>Ввод кода экземпляра отменён: сканируйте товар ещё раз</translation>
    </message>
    <message>
        <source>Code {code} now belongs to {name}</source>
        <translation>Код {code} теперь привязан к товару {name}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>Не удалось импортировать {file}: {error}</translation>
    </message>
    <message>
        <source>{file}: {new} new, {changed} changed, {unchanged} unchanged, {held} on hold, {errors} rows with errors</source>
        <translation>{file}: новых {new}, изменено {changed}, без изменений {unchanged}, отложено {held}, строк с ошибками {errors}</translation>
    </message>
    <message>
        <source>{file}: {created} products added, {updated} updated, {errors} rows with errors</source>
        <translation>{file}: добавлено товаров {created}, обновлено {updated}, строк с ошибками {errors}</translation>
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
        <source>Demo loaded: {products} products, {orders} orders, {held} on hold</source>
        <translation>Демо загружено: товаров {products}, заказов {orders}, отложено {held}</translation>
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
    <name>Dialogs</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN супервайзера</translation>
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
</context>
<context>
    <name>Import</name>
    <message>
        <source>Barcode {code} already belongs to SKU {sku}; not linked to {new}</source>
        <translation>Штрихкод {code} уже привязан к SKU {sku}; к {new} не привязан</translation>
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
        <source>The marketplace removed this destination from the order</source>
        <translation>Маркетплейс удалил этот адрес доставки из заказа</translation>
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
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
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
        <source>Put order on hold…</source>
        <translation>Отложить заказ…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>Вернуть в работу…</translation>
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
        <source>A dialog is open: finish it, then scan again</source>
        <translation>Открыто окно: закончите с ним и сканируйте снова</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Nothing was lost; try again.</source>
        <translation>Что-то пошло не так: {0}. Ничего не потеряно; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{0} orders in the list</source>
        <translation>Заказов в списке: {0}</translation>
    </message>
    <message>
        <source>Checked again: {0} confirmed, {1} still on hold</source>
        <translation>Перепроверено: подтверждено {0}, всё ещё отложено {1}</translation>
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
        <source>Order put down: it stays counted and resumes when scanned again</source>
        <translation>Упаковка прервана: отсканированное сохранено, продолжится при повторном сканировании заказа</translation>
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
        <source>{0}: {1} new, {2} changed, {3} unchanged, {4} on hold, {5} rows with errors</source>
        <translation>{0}: новых {1}, изменено {2}, без изменений {3}, отложено {4}, строк с ошибками {5}</translation>
    </message>
    <message>
        <source>{0}: {1} products added, {2} updated, {3} rows with errors</source>
        <translation>{0}: добавлено товаров {1}, обновлено {2}, строк с ошибками {3}</translation>
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
        <source>An order that is {source} cannot become {target}.</source>
        <translation>Заказ в статусе «{source}» нельзя перевести в статус «{target}».</translation>
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
    <message>
        <source>ONE TOO MANY: {name} needs {ordered}, all {scanned} are already in. Take it out.</source>
        <translation>ЛИШНИЙ: {name} — нужно {ordered}, все {scanned} уже в посылке. Выньте лишний.</translation>
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
        <source>No order open</source>
        <translation>Заказ не открыт</translation>
    </message>
    <message>
        <source>Scan an order number or a marketplace label to start.</source>
        <translation>Для начала сканируйте номер заказа или этикетку маркетплейса.</translation>
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
    <message>
        <source>{0} of {1} units</source>
        <translation>{0} из {1} шт.</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>ОТЛОЖЕН</translation>
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
        <source>Search or scan an order number</source>
        <translation>Поиск или скан номера заказа</translation>
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
        <source>leave empty to keep the current PIN</source>
        <translation>оставьте пустым, чтобы сохранить текущий PIN</translation>
    </message>
    <message>
        <source>No supervisor PIN</source>
        <translation>Без PIN супервайзера</translation>
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
    <name>SupervisorDialog</name>
    <message>
        <source>Verify without scanning</source>
        <translation>Подтверждение без сканирования</translation>
    </message>
    <message>
        <source>Mark the {0} open units of {1} as verified without a scan.</source>
        <translation>{1}: отметить оставшиеся {0} шт. как проверенные без сканирования.</translation>
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
</TS>
