<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bench</name>
    <message>
        <source>Order {number}: scan the items</source>
        <translation>订单 {number}：请扫描商品</translation>
    </message>
    <message>
        <source>Order {number} resumed: {scanned} of {units} units already in</source>
        <translation>订单 {number} 已继续：{units} 件中已装入 {scanned} 件</translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete. Scan the next order.</source>
        <translation>已打包：订单 {number} 已完成。请扫描下一个订单。</translation>
    </message>
    <message>
        <source>No order with the number {code}</source>
        <translation>没有订单号为 {code} 的订单</translation>
    </message>
    <message>
        <source>That is an item ({name}). Scan an order first.</source>
        <translation>这是商品（{name}）。请先扫描订单。</translation>
    </message>
    <message>
        <source>ON HOLD: order {number} may not be packed: {reasons}</source>
        <translation>暂停：订单 {number} 不能打包：{reasons}</translation>
    </message>
    <message>
        <source>Order {number} is {state}: it cannot be packed</source>
        <translation>订单 {number}：{state}，不可打包</translation>
    </message>
    <message>
        <source>Order {number} is being packed at station {station}. Take it over only if that parcel is abandoned.</source>
        <translation>订单 {number} 正在工位 {station} 打包。仅当那边的包裹无人处理时才接管。</translation>
    </message>
    <message>
        <source>Order {number} taken over from station {station}</source>
        <translation>已从工位 {station} 接管订单 {number}</translation>
    </message>
    <message>
        <source>The counts of this order changed at another station: reloaded. Check the parcel.</source>
        <translation>此订单的数量已在其他工位更改：已重新加载。请检查包裹。</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN</source>
        <translation>主管 PIN 错误</translation>
    </message>
    <message>
        <source>Order {number} released: {state}</source>
        <translation>订单 {number} 已解除暂停：{state}</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <source>Unit code capture cancelled: scan the item again</source>
        <translation>已取消单件码录入：请重新扫描商品</translation>
    </message>
    <message>
        <source>Code {code} now belongs to {name}</source>
        <translation>条码 {code} 已关联到 {name}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>无法导入 {file}：{error}</translation>
    </message>
    <message>
        <source>{file}: {new} new, {changed} changed, {unchanged} unchanged, {held} on hold, {errors} rows with errors</source>
        <translation>{file}：新增 {new}，变更 {changed}，未变 {unchanged}，暂停 {held}，错误行 {errors}</translation>
    </message>
    <message>
        <source>{file}: {created} products added, {updated} updated, {errors} rows with errors</source>
        <translation>{file}：新增商品 {created}，更新 {updated}，错误行 {errors}</translation>
    </message>
    <message>
        <source>ship by</source>
        <translation>发货期限</translation>
    </message>
    <message>
        <source>left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>ship to</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {held} on hold</source>
        <translation>已确认 {confirmed}，暂停 {held}</translation>
    </message>
    <message>
        <source>The database already has orders: demo data not loaded</source>
        <translation>数据库中已有订单：未加载演示数据</translation>
    </message>
    <message>
        <source>Demo loaded: {products} products, {orders} orders, {held} on hold</source>
        <translation>已加载演示数据：商品 {products}，订单 {orders}，暂停 {held}</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Unknown SKU {sku}: add it to the catalogue or fix the order</source>
        <translation>未知 SKU {sku}：请添加到商品目录或修改订单</translation>
    </message>
    <message>
        <source>Quantity {quantity} of {sku} must be at least 1</source>
        <translation>{sku} 的数量 {quantity}：必须至少为 1</translation>
    </message>
    <message>
        <source>The shipment has no items</source>
        <translation>该发货单没有商品</translation>
    </message>
    <message>
        <source>Postal code “{postal}” is not NNN-NNNN</source>
        <translation>邮编“{postal}”不是 NNN-NNNN 格式</translation>
    </message>
    <message>
        <source>“{region}” is not a Japanese prefecture</source>
        <translation>“{region}”不是日本的都道府县</translation>
    </message>
    <message>
        <source>Postal index “{postal}” is not 6 digits</source>
        <translation>邮政编码“{postal}”不是 6 位数字</translation>
    </message>
    <message>
        <source>Postal code missing</source>
        <translation>缺少邮编</translation>
    </message>
    <message>
        <source>Ship-to address missing</source>
        <translation>缺少收件地址</translation>
    </message>
    <message>
        <source>Recipient name missing</source>
        <translation>缺少收件人姓名</translation>
    </message>
    <message>
        <source>Recipient phone missing</source>
        <translation>缺少收件人电话</translation>
    </message>
    <message>
        <source>Recipient phone “{phone}” is not a phone number</source>
        <translation>收件人电话“{phone}”不是有效的电话号码</translation>
    </message>
    <message>
        <source>Not enough stock of {sku}: needs {needed}, {available} available</source>
        <translation>库存不足 {sku}：需要 {needed}，可用 {available}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>主管 PIN</translation>
    </message>
</context>
<context>
    <name>Hold</name>
    <message>
        <source>The marketplace status is “{status}”: wait until it is settled</source>
        <translation>平台状态为“{status}”：请等待状态确定</translation>
    </message>
    <message>
        <source>The marketplace says “{status}” but the bench has not shipped it: check before packing</source>
        <translation>平台显示“{status}”，但本处尚未发货：打包前请核实</translation>
    </message>
    <message>
        <source>The order changed while it was being packed: check the parcel against the new items</source>
        <translation>订单在打包过程中已变更：请按新的商品核对包裹</translation>
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
        <translation>条码 {code} 已属于 SKU {sku}；未关联到 {new}</translation>
    </message>
    <message>
        <source>{number}: the file changes an order that is already {state}; the change was not applied</source>
        <translation>{number}：文件修改了已处于“{state}”状态的订单；未应用该更改</translation>
    </message>
    <message>
        <source>{number}: the marketplace cancelled an order that is already {state}: stop the parcel</source>
        <translation>{number}：平台取消了已处于“{state}”状态的订单：请拦截包裹</translation>
    </message>
    <message>
        <source>The marketplace removed this destination from the order</source>
        <translation>平台已从订单中删除此收件地址</translation>
    </message>
    <message>
        <source>The product name is missing</source>
        <translation>缺少商品名称</translation>
    </message>
    <message>
        <source>SKU {sku} is already on line {line}</source>
        <translation>SKU {sku} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number of grams</source>
        <translation>{column}“{value}”不是整数克数</translation>
    </message>
    <message>
        <source>{column} “{value}” is not “serial”, “lot” or “mark”</source>
        <translation>{column}“{value}”不是 serial、lot 或 mark</translation>
    </message>
    <message>
        <source>“{value}” is not a barcode</source>
        <translation>“{value}”不是条码</translation>
    </message>
    <message>
        <source>Barcode {code} has a wrong check digit</source>
        <translation>条码 {code} 校验位错误</translation>
    </message>
    <message>
        <source>Pack quantity “{value}” of barcode {code} is not a whole number of at least 1</source>
        <translation>条码 {code} 的装箱数量“{value}”不是大于等于 1 的整数</translation>
    </message>
    <message>
        <source>Case barcode {code} has no pack quantity: write {code}*12 for a case of 12</source>
        <translation>箱码 {code} 没有装箱数量：12 件装请写作 {code}*12</translation>
    </message>
    <message>
        <source>Barcode {code} is given with pack quantities {first} and {second}</source>
        <translation>条码 {code} 同时给出了装箱数量 {first} 和 {second}</translation>
    </message>
    <message>
        <source>Order {order} was not imported because of the errors above</source>
        <translation>由于上述错误，订单 {order} 未导入</translation>
    </message>
    <message>
        <source>Rows of order {order} are not together; sort the file by order number</source>
        <translation>订单 {order} 的行不连续；请按订单号对文件排序</translation>
    </message>
    <message>
        <source>The order number is missing</source>
        <translation>缺少订单号</translation>
    </message>
    <message>
        <source>The SKU is missing</source>
        <translation>缺少 SKU</translation>
    </message>
    <message>
        <source>The row has {found} columns, the header has {expected}</source>
        <translation>该行有 {found} 列，表头有 {expected} 列</translation>
    </message>
    <message>
        <source>The row cannot be read: {detail}</source>
        <translation>无法读取该行：{detail}</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number</source>
        <translation>{column}“{value}”不是整数</translation>
    </message>
    <message>
        <source>{column} “{value}” is not an amount</source>
        <translation>{column}“{value}”不是金额</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date and time</source>
        <translation>{column}“{value}”不是日期时间</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <translation>{column} 缺少值</translation>
    </message>
    <message>
        <source>{column} has an unexpected value “{value}”</source>
        <translation>{column} 的值“{value}”不符合预期</translation>
    </message>
    <message>
        <source>The record is not a JSON object</source>
        <translation>该记录不是 JSON 对象</translation>
    </message>
    <message>
        <source>{file} is not JSON: {detail}</source>
        <translation>{file} 不是 JSON：{detail}</translation>
    </message>
    <message>
        <source>{file} does not hold {format} orders</source>
        <translation>{file} 不包含 {format} 订单</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date</source>
        <translation>{column}“{value}”不是日期</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a tax rate</source>
        <translation>{column}“{value}”不是税率</translation>
    </message>
    <message>
        <source>{column} “{value}” is not yes or no (1/0, true/false, yes/no)</source>
        <translation>{column}“{value}”不是 yes 或 no（1/0、true/false、yes/no）</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} 为空</translation>
    </message>
    <message>
        <source>{file} lacks the columns: {columns}</source>
        <translation>{file} 缺少列：{columns}</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text (at byte {offset})</source>
        <translation>{file} 不是 {encoding} 文本（第 {offset} 字节处）</translation>
    </message>
    <message>
        <source>Unknown import format “{format}”; use one of {known}</source>
        <translation>未知的导入格式“{format}”；请使用以下之一：{known}</translation>
    </message>
    <message>
        <source>{file} is JSON, but neither a Rakuten getOrder nor an Ozon postings response</source>
        <translation>{file} 是 JSON，但既不是乐天 getOrder 响应，也不是 Ozon postings 响应</translation>
    </message>
    <message>
        <source>A column map is only for the generic format, not for {format}</source>
        <translation>列映射仅适用于通用格式，不适用于 {format}</translation>
    </message>
    <message>
        <source>Column map {file}: {problem}</source>
        <translation>列映射 {file}：{problem}</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown settings {keys} (known: {known})</source>
        <translation>未知设置 {keys}（可用：{known}）</translation>
    </message>
    <message>
        <source>unknown fields {fields} in “columns”</source>
        <translation>“columns”中有未知字段 {fields}</translation>
    </message>
    <message>
        <source>“{key}” must be text</source>
        <translation>“{key}”必须是文本</translation>
    </message>
    <message>
        <source>the delimiter must be one character</source>
        <translation>分隔符必须是单个字符</translation>
    </message>
    <message>
        <source>unknown encoding “{encoding}”</source>
        <translation>未知编码“{encoding}”</translation>
    </message>
    <message>
        <source>the timezone must be an offset such as +09:00, or UTC</source>
        <translation>时区必须是偏移量（如 +09:00）或 UTC</translation>
    </message>
    <message>
        <source>{column} “{value}” is not “rakuten”, “ozon” or “other”</source>
        <translation>{column}“{value}”不是 rakuten、ozon 或 other</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>FRAGILE</source>
        <translation>易碎</translation>
    </message>
    <message>
        <source>serial number per unit</source>
        <translation>每件需序列号</translation>
    </message>
    <message>
        <source>lot per unit</source>
        <translation>每件需批号</translation>
    </message>
    <message>
        <source>Честный ЗНАК mark per unit</source>
        <translation>每件需 Честный ЗНАК 标识码</translation>
    </message>
    <message>
        <source>no barcode on file</source>
        <translation>未登记条码</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>导入商品目录…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>Refresh queue</source>
        <translation>刷新队列</translation>
    </message>
    <message>
        <source>Open selected order</source>
        <translation>打开所选订单</translation>
    </message>
    <message>
        <source>Check held orders again</source>
        <translation>重新检查暂停订单</translation>
    </message>
    <message>
        <source>Put order on hold…</source>
        <translation>暂停订单…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>解除暂停…</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>打包(&amp;P)</translation>
    </message>
    <message>
        <source>Enter quantity…</source>
        <translation>输入数量…</translation>
    </message>
    <message>
        <source>Verify without scan (supervisor)…</source>
        <translation>免扫描核验（主管）…</translation>
    </message>
    <message>
        <source>Cancel serial or lot capture</source>
        <translation>取消序列号或批号录入</translation>
    </message>
    <message>
        <source>Put order down</source>
        <translation>搁置订单</translation>
    </message>
    <message>
        <source>A dialog is open: finish it, then scan again</source>
        <translation>有对话框未关闭：请先完成，再重新扫描</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Nothing was lost; try again.</source>
        <translation>出错了：{0}。数据未丢失，请重试。</translation>
    </message>
    <message>
        <source>{0} orders in the list</source>
        <translation>列表中共 {0} 个订单</translation>
    </message>
    <message>
        <source>Checked again: {0} confirmed, {1} still on hold</source>
        <translation>已重新检查：已确认 {0}，仍暂停 {1}</translation>
    </message>
    <message>
        <source>Open an order first</source>
        <translation>请先打开订单</translation>
    </message>
    <message>
        <source>Take over?</source>
        <translation>接管订单？</translation>
    </message>
    <message>
        <source>Take this order over at this station?</source>
        <translation>在本工位接管此订单？</translation>
    </message>
    <message>
        <source>Put order on hold</source>
        <translation>暂停订单</translation>
    </message>
    <message>
        <source>Order {0} goes on hold; what is scanned stays counted.</source>
        <translation>订单 {0} 将暂停；已扫描的数量保留。</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <source>Lift every hold of this order. The checks run again.</source>
        <translation>解除此订单的所有暂停。系统将重新检查。</translation>
    </message>
    <message>
        <source>Order put down: it stays counted and resumes when scanned again</source>
        <translation>订单已搁置：已扫描数量保留，再次扫描即可继续</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.txt);;All files (*)</source>
        <translation>订单文件 (*.csv *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing orders…</source>
        <translation>正在导入订单…</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>导入商品目录</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing catalogue…</source>
        <translation>正在导入商品目录…</translation>
    </message>
    <message>
        <source>The file could not be imported: {0}</source>
        <translation>无法导入文件：{0}</translation>
    </message>
    <message>
        <source>{0}: {1} new, {2} changed, {3} unchanged, {4} on hold, {5} rows with errors</source>
        <translation>{0}：新增 {1}，变更 {2}，未变 {3}，暂停 {4}，错误行 {5}</translation>
    </message>
    <message>
        <source>{0}: {1} products added, {2} updated, {3} rows with errors</source>
        <translation>{0}：新增商品 {1}，更新 {2}，错误行 {3}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>new</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>打包中</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>配送异常</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>An order that is {source} cannot become {target}.</source>
        <translation>“{source}”状态的订单不能变为“{target}”。</translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>{name}: {scanned} of {ordered}</source>
        <translation>{name}：{scanned} / {ordered}</translation>
    </message>
    <message>
        <source>{name}: case of {pack}, {scanned} of {ordered}</source>
        <translation>{name}：整箱 {pack} 件，{scanned} / {ordered}</translation>
    </message>
    <message>
        <source>{name}: now scan this unit&apos;s serial number</source>
        <translation>{name}：请扫描该件的序列号</translation>
    </message>
    <message>
        <source>{name}: now scan this unit&apos;s lot number</source>
        <translation>{name}：请扫描该件的批号</translation>
    </message>
    <message>
        <source>Same code read twice: counted once</source>
        <translation>同一条码读取两次：只计一次</translation>
    </message>
    <message>
        <source>Unknown code {code}: link it to an item of this order?</source>
        <translation>未知条码 {code}：关联到此订单的商品吗？</translation>
    </message>
    <message>
        <source>WRONG ITEM: {name} ({sku}) is not in this order. Put it back.</source>
        <translation>商品错误：{name}（{sku}）不在此订单中。请放回。</translation>
    </message>
    <message>
        <source>ONE TOO MANY: {name} needs {ordered}, all {scanned} are already in. Take it out.</source>
        <translation>多出一件：{name} 需要 {ordered} 件，{scanned} 件已全部装入。请取出。</translation>
    </message>
    <message>
        <source>TOO MANY: a case of {pack} {name}, but only {open} still open. Open the case and scan single units.</source>
        <translation>数量超出：{name} 整箱 {pack} 件，但只剩 {open} 件未装。请拆箱逐件扫描。</translation>
    </message>
    <message>
        <source>UNKNOWN CODE {code}: not in the catalogue. Set the item aside.</source>
        <translation>未知条码 {code}：不在商品目录中。请将商品放到一边。</translation>
    </message>
    <message>
        <source>MISREAD: {code} has a wrong check digit. Scan it again.</source>
        <translation>读取错误：{code} 校验位错误。请重新扫描。</translation>
    </message>
    <message>
        <source>UNREADABLE: {code} is not a valid GS1 code. Scan it again.</source>
        <translation>无法识别：{code} 不是有效的 GS1 码。请重新扫描。</translation>
    </message>
    <message>
        <source>EXPIRED: {name} expired on {expiry}. Do not ship it.</source>
        <translation>已过期：{name} 已于 {expiry} 过期。请勿发货。</translation>
    </message>
    <message>
        <source>ALREADY USED: {code} was captured before. Scan another unit.</source>
        <translation>已使用：{code} 之前已录入。请扫描另一件。</translation>
    </message>
    <message>
        <source>{name} needs its Честный ЗНАК mark: scan the DataMatrix code, not the EAN.</source>
        <translation>{name} 需要 Честный ЗНАК 标识码：请扫描 DataMatrix 码，不是 EAN。</translation>
    </message>
    <message>
        <source>First scan the {kind} of the {name} you just scanned (Esc cancels).</source>
        <translation>请先扫描刚扫描的 {name} 的{kind}（按 Esc 取消）。</translation>
    </message>
    <message>
        <source>{name} needs a code for every unit: open the case and scan each unit.</source>
        <translation>{name} 每件都需要条码：请拆箱逐件扫描。</translation>
    </message>
    <message>
        <source>That is not a usable {kind}: {code}</source>
        <translation>这不是可用的{kind}：{code}</translation>
    </message>
    <message>
        <source>Enter between 1 and {open} for {name}.</source>
        <translation>{name}：请输入 1 到 {open} 之间的数。</translation>
    </message>
    <message>
        <source>Scan one {name} first; then you may enter how many more.</source>
        <translation>请先扫描一件 {name}，然后可以输入其余数量。</translation>
    </message>
    <message>
        <source>{name} needs a code for every unit: scan each one.</source>
        <translation>{name} 每件都需要条码：请逐件扫描。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <source>{name} is already complete.</source>
        <translation>{name} 已全部装入。</translation>
    </message>
    <message>
        <source>{name}: verified by supervisor ({reason})</source>
        <translation>{name}：主管已核验（{reason}）</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Честный ЗНАК mark</source>
        <translation>Честный ЗНАК 标识码</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>No order open</source>
        <translation>未打开订单</translation>
    </message>
    <message>
        <source>Scan an order number or a marketplace label to start.</source>
        <translation>扫描订单号或平台面单开始。</translation>
    </message>
    <message>
        <source>Ready: scan an order</source>
        <translation>就绪：请扫描订单</translation>
    </message>
    <message>
        <source>Ship by {0} ({1})</source>
        <translation>发货期限 {0}（{1}）</translation>
    </message>
    <message>
        <source>Marketplace label (the marketplace delivers)</source>
        <translation>平台面单（由平台配送）</translation>
    </message>
    <message>
        <source>{0} of {1} units</source>
        <translation>{0} / {1} 件</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>NOSHI: {0}</source>
        <translation>熨斗纸：{0}</translation>
    </message>
    <message>
        <source>DELIVERY: {0}</source>
        <translation>配送：{0}</translation>
    </message>
    <message>
        <source>FRAGILE: pack with care</source>
        <translation>易碎：小心打包</translation>
    </message>
    <message>
        <source>INVOICE requested</source>
        <translation>发票：客户要求</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Enter quantity</source>
        <translation>输入数量</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} scanned. How many more go into the parcel?</source>
        <translation>{0}：已扫描 {1} / {2}。还要装入几件？</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Ship by</source>
        <translation>发货期限</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>noshi: {0}</source>
        <translation>熨斗纸：{0}</translation>
    </message>
    <message>
        <source>fragile</source>
        <translation>易碎</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>To pack</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Search or scan an order number</source>
        <translation>搜索或扫描订单号</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>工位设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>The scanner ends every code with Enter or Tab</source>
        <translation>扫描枪在每个条码末尾发送 Enter 或 Tab</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Linking an unknown barcode needs the supervisor PIN</source>
        <translation>关联未知条码需要主管 PIN</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>留空则保留当前 PIN</translation>
    </message>
    <message>
        <source>No supervisor PIN</source>
        <translation>不设主管 PIN</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工位名称</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Scanner: longest gap between keys</source>
        <translation>扫描枪：按键最大间隔</translation>
    </message>
    <message>
        <source>Scanner: shortest code</source>
        <translation>扫描枪：最短条码长度</translation>
    </message>
    <message>
        <source>Count a repeated code once within</source>
        <translation>重复条码计为一次的时间</translation>
    </message>
    <message>
        <source>Mark as due soon when less than</source>
        <translation>剩余时间少于此值时标为即将到期</translation>
    </message>
    <message>
        <source>Rakuten: ship within</source>
        <translation>乐天：发货时限</translation>
    </message>
    <message>
        <source>Ozon without a shipment date: ship within</source>
        <translation>Ozon（无发货日期）：发货时限</translation>
    </message>
    <message>
        <source>Other shops: ship within</source>
        <translation>其他店铺：发货时限</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>新主管 PIN</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Verify without scanning</source>
        <translation>免扫描核验</translation>
    </message>
    <message>
        <source>Mark the {0} open units of {1} as verified without a scan.</source>
        <translation>将 {1} 剩余的 {0} 件标记为免扫描核验。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TeachDialog</name>
    <message>
        <source>Link barcode</source>
        <translation>关联条码</translation>
    </message>
    <message>
        <source>Code {0} is not in the catalogue. Which item carries it? The link is kept for next time.</source>
        <translation>条码 {0} 不在商品目录中。它属于哪个商品？关联将保存供以后使用。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Rakuten</source>
        <translation>乐天</translation>
    </message>
    <message>
        <source>Ozon</source>
        <translation>Ozon</translation>
    </message>
    <message>
        <source>Other shop</source>
        <translation>其他店铺</translation>
    </message>
    <message>
        <source>overdue {h} h {m:02d} min</source>
        <translation>已超期 {h} 小时 {m:02d} 分</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min left</source>
        <translation>剩余 {h} 小时 {m:02d} 分</translation>
    </message>
</context>
</TS>
