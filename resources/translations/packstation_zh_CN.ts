<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditCsv</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Order number, code or tracking number</source>
        <translation>订单号、条码或运单号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest {0} of more than {1} events: narrow the period or filters</source>
        <translation>显示超过 {1} 条中最新的 {0} 条：请缩小时间段或筛选条件</translation>
    </message>
    <message>
        <source>The newest {0} of {1} events: narrow the period or filters</source>
        <translation>显示 {1} 条中最新的 {0} 条：请缩小时间段或筛选条件</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n events exported to {0}</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>Order {number}: scan the items</source>
        <translation>订单 {number}：请扫描商品</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} resumed: {scanned} of %n units already in</source>
        <translation>
            <numerusform>订单 {number} 已继续：%n 件中已装入 {scanned} 件</numerusform>
        </translation>
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
        <source>Order {number} is being packed at station {station}, which is running now. Leave it to that bench; take it over only if its packer gave the parcel to you.</source>
        <translation>订单 {number} 正在工作站 {station} 打包，该工作站正在运行。请留给那个工作台；只有当其打包员把包裹交给你时才接手。</translation>
    </message>
    <message>
        <source>Order {number} was left at station {station}, which is not running. Take it over to go on with its counts here.</source>
        <translation>订单 {number} 留在了工作站 {station}，该工作站未在运行。接手后可在这里按其计数继续。</translation>
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
        <source>Order {number} is free again: {station} no longer holds it, any station may open it</source>
        <translation>订单 {number} 已释放：{station} 不再占用，任何工作台都可以打开</translation>
    </message>
    <message>
        <source>Order {number} is on no other bench: nothing to release</source>
        <translation>订单 {number} 不在其他工作台上：无需释放</translation>
    </message>
    <message>
        <source>Station {station} is running with order {number}: finish or put it down there, or close that station first</source>
        <translation>工作台 {station} 正在处理订单 {number}：请在那里完成或放下，或先关闭该工作台</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <source>Nothing to pack: every confirmed order is done or on a bench</source>
        <translation>没有要打包的订单：所有已确认的订单都已完成或在某个工作台上</translation>
    </message>
    <message>
        <source>Unit code capture cancelled: scan the item again</source>
        <translation>已取消单件码录入：请重新扫描商品</translation>
    </message>
    <message>
        <source>Code {code} now belongs to {name}</source>
        <translation>条码 {code} 已关联到 {name}</translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete. Put the parcel on the scale.</source>
        <translation>已打包：订单 {number} 已完成。请将包裹放上电子秤。</translation>
    </message>
    <message>
        <source>Order {number} is packed: put the parcel on the scale.</source>
        <translation>订单 {number} 已打包：请将包裹放上电子秤。</translation>
    </message>
    <message>
        <source>Order {number} is packed and weighed ({weight} g). Scan the next order.</source>
        <translation>订单 {number} 已打包并称重（{weight} g）。请扫描下一个订单。</translation>
    </message>
    <message>
        <source>Order {number} is not weighed yet: put its parcel on the scale first, or hold it (F9).</source>
        <translation>订单 {number} 尚未称重：请先将包裹放上电子秤，或暂停该订单（F9）。</translation>
    </message>
    <message>
        <source>{check}. Order {number} is done: scan the next order.</source>
        <translation>{check}。订单 {number} 已完成：请扫描下一个订单。</translation>
    </message>
    <message>
        <source>Box {name} ({tare} g)</source>
        <translation>包装箱 {name}（{tare} g）</translation>
    </message>
    <message>
        <source>No packed order to weigh: finish scanning the items first.</source>
        <translation>没有待称重的已打包订单：请先扫描完商品。</translation>
    </message>
    <message>
        <source>{check}. {next}</source>
        <translation>{check}。{next}</translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete</source>
        <translation>已打包：订单 {number} 已完成</translation>
    </message>
    <message>
        <source>Weight {weight} g accepted by the supervisor</source>
        <translation>主管已接受重量 {weight} g</translation>
    </message>
    <message>
        <source>GIFT: {requests}. Wrap order {number} as asked, then press F3 or scan the order number again.</source>
        <translation>礼品：{requests}。请按要求包装订单 {number}，然后按 F3 或再次扫描订单号。</translation>
    </message>
    <message>
        <source>gift wrap {wrap}</source>
        <translation>礼品包装 {wrap}</translation>
    </message>
    <message>
        <source>noshi {noshi}</source>
        <translation>熨斗 {noshi}</translation>
    </message>
    <message>
        <source>Order {number} asks for gift wrap or noshi: confirm it first (F3, or scan the order number).</source>
        <translation>订单 {number} 要求礼品包装或熨斗：请先确认（F3，或扫描订单号）。</translation>
    </message>
    <message>
        <source>Gift wrap and noshi of order {number} confirmed</source>
        <translation>订单 {number} 的礼品包装和熨斗已确认</translation>
    </message>
    <message>
        <source>No packed order is waiting for its gift wrap.</source>
        <translation>没有等待礼品包装的已打包订单。</translation>
    </message>
    <message>
        <source>Order {number} put down: it stays counted and resumes when scanned again</source>
        <translation>订单 {number} 已放下：计数保留，再次扫描时继续</translation>
    </message>
    <message>
        <source>UNDONE: {name} {scanned} of {ordered}. Take that unit out of the parcel.</source>
        <translation>已撤销：{name} {ordered} 件中 {scanned} 件。请把这一件从包裹中取出。</translation>
    </message>
    <message>
        <source>No counted scan of this order to undo</source>
        <translation>此订单没有可撤销的扫描</translation>
    </message>
    <message>
        <source>Order {number} is weighed or labelled: its scans can no longer be undone here.</source>
        <translation>订单 {number} 已称重或已贴标签：这里不能再撤销其扫描。</translation>
    </message>
    <message>
        <source>The last count was a supervisor&apos;s verification: it cannot be undone here.</source>
        <translation>最后一次计数是主管的核实：这里不能撤销。</translation>
    </message>
    <message>
        <source>Order {number} goes by {carrier} {service}: scan the tracking number of its waybill (or type it, F8).</source>
        <translation>订单 {number} 由 {carrier} {service} 发货：请扫描其运单上的运单号（或手动输入，F8）。</translation>
    </message>
    <message>
        <source>Tracking number {tracking} ({carrier} {service}). Put the label on and scan it.</source>
        <translation>运单号 {tracking}（{carrier} {service}）。请贴上面单并扫描。</translation>
    </message>
    <message>
        <source>SHIPPED: order {number}, tracking {tracking}. Scan the next order.</source>
        <translation>已发货：订单 {number}，运单号 {tracking}。请扫描下一个订单。</translation>
    </message>
    <message>
        <source>WRONG LABEL: {code} is not the label of order {number} (tracking {tracking}). Take it off and stick on the right one.</source>
        <translation>面单错误：{code} 不是订单 {number} 的面单（运单号 {tracking}）。请撕下并贴上正确的面单。</translation>
    </message>
    <message>
        <source>Order {number} is waiting for its label scan: scan the label on the parcel first.</source>
        <translation>订单 {number} 正在等待扫描面单：请先扫描包裹上的面单。</translation>
    </message>
</context>
<context>
    <name>BenchDevices</name>
    <message>
        <source>No packed parcel is waiting for weight</source>
        <translation>没有等待称重的已打包包裹</translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation>接受重量</translation>
    </message>
    <message>
        <source>The parcel&apos;s weight is outside the tolerance. Accept it as it is?</source>
        <translation>包裹重量超出允许误差。是否按当前重量接受？</translation>
    </message>
    <message>
        <source>That printer is not set up: see Devices</source>
        <translation>该打印机未设置：请查看“设备”</translation>
    </message>
</context>
<context>
    <name>BenchDocuments</name>
    <message>
        <source>Open an order first</source>
        <translation>请先打开订单</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Print the {0} of order {1} again? It is recorded as a reprint.</source>
        <translation>再次打印订单 {1} 的{0}？将记录为重新打印。</translation>
    </message>
    <message>
        <source>Print the {0} of order {1} again? A supervisor approves it; it is recorded as a reprint.</source>
        <translation>再次打印订单 {1} 的{0}？需主管批准，并记录为重新打印。</translation>
    </message>
    <message>
        <source>Not printed: {0} {1}</source>
        <translation>未打印：{0} {1}</translation>
    </message>
</context>
<context>
    <name>CarrierDialog</name>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Send this parcel with another carrier or service.</source>
        <translation>使用其他承运商或服务寄送此包裹。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>无法导入 {file}：{error}</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>catalogue g</source>
        <translation>商品目录 g</translation>
    </message>
    <message>
        <source>parcels g</source>
        <translation>实测 g</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <source>fix the catalogue</source>
        <translation>请修正商品目录</translation>
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
        <source>Scan the scanner test barcode ({code}) now:</source>
        <translation>请现在扫描扫描枪测试条码（{code}）：</translation>
    </message>
    <message>
        <source>That printer is not set up at this station.</source>
        <translation>本工位未设置该打印机。</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers of {carrier} added</source>
        <translation>
            <numerusform>已添加 {carrier} 的 %n 个单号</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier is called {name}: use one of {carriers}.</source>
        <translation>没有名为 {name} 的承运商：请使用 {carriers} 之一。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No order with the number {code}</source>
        <translation>没有订单号为 {code} 的订单</translation>
    </message>
    <message>
        <source>Order {order} has no address: it goes with its marketplace&apos;s label, which has not come yet (the outbox fetches it once the marketplace has made it).</source>
        <translation>订单 {order} 没有地址：它使用平台的面单发货，而面单尚未到达（平台生成后发件箱会取回）。</translation>
    </message>
    <message>
        <source>Order {order} has no tracking number yet, so it has no waybill: pack and weigh it at the bench, where it gets its number, then make the waybill.</source>
        <translation>订单 {order} 还没有追踪号，因此没有运单：请先在工作台打包并称重以获得单号，然后再生成运单。</translation>
    </message>
    <message>
        <source>Already printed: add --reprint to print it again.</source>
        <translation>已打印过：如需再次打印，请加上 --reprint。</translation>
    </message>
    <message>
        <source>Supervisor PIN: </source>
        <translation>主管 PIN: </translation>
    </message>
    <message>
        <source>Demo loaded: {products}, {orders} ({parcels}), {held}</source>
        <translation>演示已加载：{products}，{orders}（{parcels}），{held}</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Outbox: {sent} sent, {later} to try again later, {failed} failed</source>
        <translation>发件箱：已发送 {sent} 条，稍后重试 {later} 条，失败 {failed} 条</translation>
    </message>
    <message>
        <source>Message {id} is not a failed message of the outbox</source>
        <translation>消息 {id} 不是发件箱中发送失败的消息</translation>
    </message>
    <message>
        <source>The outbox is empty: everything went out</source>
        <translation>发件箱为空：已全部发出</translation>
    </message>
    <message>
        <source>The Rakuten keys of {shop} are removed</source>
        <translation>已删除 {shop} 的乐天密钥</translation>
    </message>
    <message>
        <source>serviceSecret: </source>
        <translation>serviceSecret: </translation>
    </message>
    <message>
        <source>Set notify.smtp_host and notify.username in the settings first: the password is the password of that login</source>
        <translation>请先在设置中填写 notify.smtp_host 和 notify.username：密码即该登录名的密码</translation>
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
        <translation>已保存 {shop} 的 Ozon 密钥</translation>
    </message>
    <message>
        <source>The Ozon keys of {shop} are removed</source>
        <translation>已删除 {shop} 的 Ozon 密钥</translation>
    </message>
    <message>
        <source>No Ozon keys for the shop {shop}: store them with packstation keys ozon</source>
        <translation>店铺 {shop} 没有 Ozon 密钥：请用 packstation keys ozon 保存</translation>
    </message>
    <message>
        <source>Both keys are needed; nothing was stored</source>
        <translation>两个密钥都需要；未保存任何内容</translation>
    </message>
    <message>
        <source>The Rakuten keys of {shop} are stored</source>
        <translation>已保存 {shop} 的乐天密钥</translation>
    </message>
    <message>
        <source>No Rakuten keys for the shop {shop}: store them with packstation keys rakuten</source>
        <translation>店铺 {shop} 没有乐天密钥：请用 packstation keys rakuten 保存</translation>
    </message>
    <message>
        <source>Password of {user} at {host}: </source>
        <translation>{host} 上 {user} 的密码: </translation>
    </message>
    <message>
        <source>No password given; nothing was stored</source>
        <translation>未输入密码；未保存任何内容</translation>
    </message>
    <message>
        <source>The mail password is stored in the keyring</source>
        <translation>邮件密码已保存到密钥环</translation>
    </message>
    <message>
        <source>{error}. Nothing was imported; the order queue is as it was.</source>
        <translation>{error}。未导入任何内容；订单队列保持原样。</translation>
    </message>
    <message>
        <source>Handover {id} of {carrier} for {day}: {scanned} of {total} parcels scanned</source>
        <translation>{carrier} 的交接 {id}（{day}）：已扫描 {scanned}/{total} 个包裹</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels not scanned:</source>
        <translation>
            <numerusform>%n 个包裹未扫描：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over; manifest {path}</source>
        <translation>
            <numerusform>交接已完成：交出 %n 个包裹；交接清单 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt attached: {name}</source>
        <translation>已附上签收单：{name}</translation>
    </message>
    <message>
        <source>The manifest is written when the handover closes: add --close.</source>
        <translation>交接清单在交接完成时生成：请加上 --close。</translation>
    </message>
    <message>
        <source>User {name} added ({role})</source>
        <translation>已添加用户 {name}（{role}）</translation>
    </message>
    <message>
        <source>User {name} disabled: they can no longer sign in</source>
        <translation>已停用用户 {name}：该用户无法再登录</translation>
    </message>
    <message>
        <source>User {name} unlocked</source>
        <translation>已解锁用户 {name}</translation>
    </message>
    <message>
        <source>The two PINs differ: nothing changed</source>
        <translation>两次输入的 PIN 不同：未做任何更改</translation>
    </message>
    <message>
        <source>Only an admin may do this: give --admin NAME</source>
        <translation>只有管理员可以执行：请指定 --admin 名称</translation>
    </message>
    <message>
        <source>{name} is not an admin</source>
        <translation>{name} 不是管理员</translation>
    </message>
    <message>
        <source>PIN of {name}: </source>
        <translation>{name} 的 PIN：</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>再次输入相同 PIN：</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Saved {path}: orders {orders}, parcels {parcels}, events {events} (schema revision {revision})</source>
        <translation>已保存 {path}：订单 {orders}，包裹 {parcels}，记录 {events}（架构版本 {revision}）</translation>
    </message>
    <message>
        <source>{path}: orders {orders}, parcels {parcels}, events {events} (schema revision {revision})</source>
        <translation>{path}：订单 {orders}，包裹 {parcels}，记录 {events}（架构版本 {revision}）</translation>
    </message>
    <message>
        <source>Replace the database {database} with it? [y/N] </source>
        <translation>用它替换数据库 {database}？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>未恢复任何内容</translation>
    </message>
    <message>
        <source>Restored {path} into {database} (schema revision {revision} now)</source>
        <translation>已将 {path} 恢复到 {database}（当前架构版本 {revision}）</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}</source>
        <translation>被替换的数据库保留为 {path}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>A station may start on {where}</source>
        <translation>可以在 {where} 上启动工作台</translation>
    </message>
    <message>
        <source>A station should not start on {where}: see FAILED above</source>
        <translation>不应在 {where} 上启动工作台：请看上面的“失败”</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>The database {where} is not a file: there is nothing to back up or restore</source>
        <translation>数据库 {where} 不是文件：没有可备份或恢复的内容</translation>
    </message>
    <message>
        <source>There is no database at {path}</source>
        <translation>{path} 没有数据库</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose another file for the backup</source>
        <translation>{path} 就是数据库本身：请为备份选择另一个文件</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {detail}</source>
        <translation>{path} 备份失败：{detail}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, which is not on this PC&apos;s PATH: install the PostgreSQL client tools (the server&apos;s version or newer)</source>
        <translation>PostgreSQL 数据库用 pg_dump 备份，但本机 PATH 中没有：请安装 PostgreSQL 客户端工具（与服务器相同或更新的版本）</translation>
    </message>
    <message>
        <source>pg_dump failed: {detail}</source>
        <translation>pg_dump 失败：{detail}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore from the file pg_dump wrote, by the server&apos;s administrator, while no station runs on it</source>
        <translation>PostgreSQL 数据库由服务器管理员在没有工作台运行时，用 pg_restore 从 pg_dump 写出的文件恢复</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>无法读取 {path}：{detail}</translation>
    </message>
    <message>
        <source>{path} is the database itself: nothing to restore</source>
        <translation>{path} 就是数据库本身：没有可恢复的内容</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database, or it is damaged ({detail}): nothing was restored</source>
        <translation>{path} 不是 SQLite 数据库，或已损坏（{detail}）：未恢复任何内容</translation>
    </message>
    <message>
        <source>{path} is not a packstation database (it has no schema revision): nothing was restored</source>
        <translation>{path} 不是 packstation 数据库（没有架构版本）：未恢复任何内容</translation>
    </message>
    <message>
        <source>{path} was written by a newer packstation (schema revision {revision}): restore it with that one; nothing was restored</source>
        <translation>{path} 由更新的 packstation 写出（架构版本 {revision}）：请用该版本恢复；未恢复任何内容</translation>
    </message>
    <message>
        <source>Station {station} is running on this database ({holder}): close it first; nothing was restored</source>
        <translation>工作台 {station} 正在使用此数据库（{holder}）：请先关闭；未恢复任何内容</translation>
    </message>
    <message>
        <source>There is no database at {path}: a station started on it would begin an empty one</source>
        <translation>{path} 没有数据库：在此启动的工作台会从空数据库开始</translation>
    </message>
    <message>
        <source>Connected to {where}</source>
        <translation>已连接到 {where}</translation>
    </message>
    <message>
        <source>The database has no packstation schema yet: it is set up at the station&apos;s start</source>
        <translation>数据库还没有 packstation 架构：工作台启动时会创建</translation>
    </message>
    <message>
        <source>Schema revision {revision}, this packstation&apos;s</source>
        <translation>架构版本 {revision}，与此 packstation 相同</translation>
    </message>
    <message>
        <source>Schema revision {revision}, older than this packstation&apos;s {head}: it will be upgraded at start</source>
        <translation>架构版本 {revision} 比此 packstation 的 {head} 旧：启动时会升级</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this packstation&apos;s {head}: start the newer packstation on this database</source>
        <translation>架构版本 {revision} 比此 packstation 的 {head} 新：请在此数据库上启动更新的 packstation</translation>
    </message>
    <message>
        <source>Clock: an SQLite database runs on this PC&apos;s clock</source>
        <translation>时钟：SQLite 数据库使用本机时钟</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s and this PC&apos;s agree within {seconds} s</source>
        <translation>时钟：服务器与本机相差不超过 {seconds} 秒</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s is {seconds} s ahead of this PC&apos;s; ship-by deadlines and the audit trail depend on both: set them right (NTP)</source>
        <translation>时钟：服务器比本机快 {seconds} 秒；发货期限和审计记录都依赖两者：请校准（NTP）</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s is {seconds} s behind this PC&apos;s; ship-by deadlines and the audit trail depend on both: set them right (NTP)</source>
        <translation>时钟：服务器比本机慢 {seconds} 秒；发货期限和审计记录都依赖两者：请校准（NTP）</translation>
    </message>
    <message>
        <source>The database takes writes (a test transaction, rolled back)</source>
        <translation>数据库可以写入（测试事务，已回滚）</translation>
    </message>
    <message>
        <source>The database refuses writes: {detail}</source>
        <translation>数据库拒绝写入：{detail}</translation>
    </message>
    <message>
        <source>Round trip: {milliseconds} ms (the median of {count} queries)</source>
        <translation>往返时间：{milliseconds} ms（{count} 次查询的中位数）</translation>
    </message>
    <message>
        <source>A query failed: {detail}</source>
        <translation>查询失败：{detail}</translation>
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
    <name>Connector</name>
    <message>
        <source>{market} did not answer within {seconds} seconds</source>
        <translation>{market} 在 {seconds} 秒内没有响应</translation>
    </message>
    <message>
        <source>{market} cannot be reached: {detail}</source>
        <translation>无法连接 {market}：{detail}</translation>
    </message>
    <message>
        <source>{market} has had too many requests; try again in {seconds} seconds</source>
        <translation>对 {market} 的请求过多；请在 {seconds} 秒后重试</translation>
    </message>
    <message>
        <source>{market} has had too many requests; try again later</source>
        <translation>对 {market} 的请求过多；请稍后重试</translation>
    </message>
    <message>
        <source>{market} has a server error (HTTP {status}); try again later</source>
        <translation>{market} 服务器出错（HTTP {status}）；请稍后重试</translation>
    </message>
    <message>
        <source>{market} refused the request (HTTP {status}): {detail}</source>
        <translation>{market} 拒绝了请求（HTTP {status}）：{detail}</translation>
    </message>
    <message>
        <source>{market} refused the keys (HTTP 401): the license key has expired or a key is wrong; enter the current keys again</source>
        <translation>{market} 拒绝了密钥（HTTP 401）：许可证密钥已过期或密钥错误；请重新输入当前密钥</translation>
    </message>
    <message>
        <source>{market} refused the keys (HTTP 401): the Api-Key has expired or is wrong, or belongs to another Client-Id; enter the current keys again</source>
        <translation>{market} 拒绝了密钥（HTTP 401）：Api-Key 已过期、错误或属于其他 Client-Id；请重新输入当前密钥</translation>
    </message>
    <message>
        <source>{market} has not prepared it yet ({detail}); try again in a minute</source>
        <translation>{market} 尚未准备好（{detail}）；请一分钟后重试</translation>
    </message>
    <message>
        <source>{market} answered with something that is not JSON (HTTP {status})</source>
        <translation>{market} 的响应不是 JSON（HTTP {status}）</translation>
    </message>
    <message>
        <source>{market} answered with a web page instead of data (HTTP {status})</source>
        <translation>{market} 返回了网页而不是数据（HTTP {status}）</translation>
    </message>
    <message>
        <source>{market}&apos;s answer lacks {field}</source>
        <translation>{market} 的响应缺少 {field}</translation>
    </message>
    <message>
        <source>{market} answered HTTP {status}</source>
        <translation>{market} 返回 HTTP {status}</translation>
    </message>
    <message>
        <source>The fetch stopped: {error}; the queue is as it was</source>
        <translation>获取已中止：{error}；队列保持原样</translation>
    </message>
    <message>
        <source>No Ozon keys for the shop {shop}: store them with packstation keys ozon, then retry</source>
        <translation>店铺 {shop} 没有 Ozon 密钥：请用 packstation keys ozon 保存后重试</translation>
    </message>
    <message>
        <source>Ozon has cancelled the posting {posting} ({status}): take the parcel back</source>
        <translation>Ozon 已取消货件 {posting}（{status}）：请把包裹取回</translation>
    </message>
    <message>
        <source>Ozon did not take the tracking number: {detail}</source>
        <translation>Ozon 未接受运单号：{detail}</translation>
    </message>
    <message>
        <source>Ozon names no delivery method for the posting {posting}: no act can be made</source>
        <translation>Ozon 未给出货件 {posting} 的配送方式：无法生成交接单</translation>
    </message>
    <message>
        <source>Ozon did not make the act ({status}): make it in the seller cabinet</source>
        <translation>Ozon 未生成交接单（{status}）：请在卖家后台生成</translation>
    </message>
    <message>
        <source>Ozon is making the act</source>
        <translation>Ozon 正在生成交接单</translation>
    </message>
    <message>
        <source>Ozon did not take the marks of the posting {posting}</source>
        <translation>Ozon 未接受货件 {posting} 的标识码</translation>
    </message>
    <message>
        <source>No Rakuten keys for the shop {shop}: store them with packstation keys rakuten, then retry</source>
        <translation>店铺 {shop} 没有乐天密钥：请用 packstation keys rakuten 保存后重试</translation>
    </message>
    <message>
        <source>Rakuten RMS does not know the order {order}</source>
        <translation>乐天 RMS 中没有订单 {order}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels on hold</source>
        <translation>
            <numerusform>%n 个包裹暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>商品 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products added</source>
        <translation>
            <numerusform>新增商品 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>错误行 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No keyring is available to keep the marketplace keys. Install and start a Secret Service such as gnome-keyring (or KWallet, or KeePassXC with its Secret Service integration on) and log in again; on Windows the keys go to the Credential Manager. Packstation does not write the keys to a file.</source>
        <translation>没有可用于保存电商平台密钥的密钥环。请安装并启动 Secret Service（如 gnome-keyring，或 KWallet，或已启用 Secret Service 集成的 KeePassXC），然后重新登录；在 Windows 上密钥保存在凭据管理器中。Packstation 不会把密钥写入文件。</translation>
    </message>
    <message>
        <source>The keyring did not answer ({detail}); unlock it and try again</source>
        <translation>密钥环没有响应（{detail}）；请解锁后重试</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>装箱单打印机</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>串口扫描枪</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>装箱单打印机</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>正在重启…</translation>
    </message>
    <message>
        <source>The scale reads {weight} g, stable.</source>
        <translation>电子秤读数 {weight} g，已稳定。</translation>
    </message>
    <message>
        <source>{state}: {advice}</source>
        <translation>{state}：{advice}</translation>
    </message>
    <message>
        <source>Choose the port or address first.</source>
        <translation>请先选择端口或地址。</translation>
    </message>
    <message>
        <source>Printed: {job}</source>
        <translation>已打印：{job}</translation>
    </message>
    <message>
        <source>Sent: {job}. {reason}</source>
        <translation>已发送：{job}。{reason}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>未打印：{reason}</translation>
    </message>
    <message>
        <source>sends without status</source>
        <translation>无状态反馈</translation>
    </message>
    <message>
        <source>test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>纸张即将用完</translation>
    </message>
    <message>
        <source>The printer&apos;s paper is nearly out: have a new roll ready and load it soon.</source>
        <translation>打印机纸张即将用完：请准备好新纸卷并尽快更换。</translation>
    </message>
    <message>
        <source>Scanner check: scan this code in the self-test</source>
        <translation>扫描枪检查：请在自检中扫描此码</translation>
    </message>
    <message>
        <source>{weight} g</source>
        <translation>{weight} g</translation>
    </message>
    <message>
        <source>{weight} g, settling…</source>
        <translation>{weight} g，等待稳定…</translation>
    </message>
    <message>
        <source>The scale has no stable weight: let the parcel settle, or enter it (Shift+F6)</source>
        <translation>秤上没有稳定重量：请等包裹静止，或输入重量（Shift+F6）</translation>
    </message>
    <message>
        <source>Put the parcel of order {number} on the scale.</source>
        <translation>请把订单 {number} 的包裹放到秤上。</translation>
    </message>
    <message>
        <source>TAKE THE PARCEL OFF THE SCALE: it is order {previous}&apos;s. Then put the parcel of order {number} on it.</source>
        <translation>请把包裹从秤上拿下：那是订单 {previous} 的包裹。然后放上订单 {number} 的包裹。</translation>
    </message>
    <message>
        <source>TAKE THE PARCEL OFF THE SCALE: it was there before the bench started. Then put the parcel of order {number} on it.</source>
        <translation>请把包裹从秤上拿下：它在工作台启动前就在秤上。然后放上订单 {number} 的包裹。</translation>
    </message>
    <message>
        <source>The scale is clear. Now put the parcel of order {number} on it.</source>
        <translation>秤已清空。现在请放上订单 {number} 的包裹。</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>The scanner&apos;s port is gone: check its cable. It reconnects by itself when it is back.</source>
        <translation>扫描枪端口已断开：请检查线缆。端口恢复后会自动重新连接。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>主管 PIN</translation>
    </message>
    <message>
        <source>Badge scanned</source>
        <translation>已扫描工牌</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>packing slip</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>waybill</source>
        <translation>运单</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>changed by an import</source>
        <translation>被导入修改</translation>
    </message>
    <message>
        <source>state changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>quantity typed in</source>
        <translation>输入数量</translation>
    </message>
    <message>
        <source>verified without scan</source>
        <translation>未扫描确认</translation>
    </message>
    <message>
        <source>barcode taught</source>
        <translation>条码已登记</translation>
    </message>
    <message>
        <source>taken over from another station</source>
        <translation>从其他工作台接管</translation>
    </message>
    <message>
        <source>released from a left station</source>
        <translation>从离开的工作台释放</translation>
    </message>
    <message>
        <source>box</source>
        <translation>箱子</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>已称重</translation>
    </message>
    <message>
        <source>weight accepted</source>
        <translation>重量已接受</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>面单核对</translation>
    </message>
    <message>
        <source>gift wrap done</source>
        <translation>礼品包装完成</translation>
    </message>
    <message>
        <source>scan undone</source>
        <translation>扫描已撤销</translation>
    </message>
    <message>
        <source>parcel split</source>
        <translation>包裹拆分</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>scanned at a handover</source>
        <translation>交接时扫描</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>approved by a supervisor</source>
        <translation>主管已批准</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Order {order} already has tracking number {tracking}: not exported</source>
        <translation>订单 {order} 已有运单号 {tracking}：未导出</translation>
    </message>
    <message>
        <source>Line {line}: no parcel {order} here</source>
        <translation>第 {line} 行：这里没有包裹 {order}</translation>
    </message>
    <message>
        <source>Line {line}, order {order}: {reason}</source>
        <translation>第 {line} 行，订单 {order}：{reason}</translation>
    </message>
    <message>
        <source>Line {line}: tracking number {tracking} is already on order {other}: not given to {order}</source>
        <translation>第 {line} 行：运单号 {tracking} 已属于订单 {other}：未分配给订单 {order}</translation>
    </message>
    <message>
        <source>Line {line}: order {order} already has tracking number {tracking}: {new} not taken</source>
        <translation>第 {line} 行：订单 {order} 已有运单号 {tracking}：未采用 {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels written to {file}</source>
        <translation>
            <numerusform>已将 %n 个包裹写入 {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers stored, {unchanged} already there, from {file}</source>
        <translation>
            <numerusform>已从 {file} 保存 %n 个运单号，{unchanged} 个已存在</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {order}: cash on delivery without an amount to collect, not exported</source>
        <translation>订单 {order}：货到付款但没有代收金额，未导出</translation>
    </message>
    <message>
        <source>Order {order}: no delivery address, not exported</source>
        <translation>订单 {order}：没有收货地址，未导出</translation>
    </message>
    <message>
        <source>Order {order}: postal code “{postal}” is not 7 digits, not exported</source>
        <translation>订单 {order}：邮编“{postal}”不是 7 位数字，未导出</translation>
    </message>
    <message>
        <source>Order {order}: the shop&apos;s postal code “{postal}” is not 7 digits (settings), not exported</source>
        <translation>订单 {order}：店铺邮编“{postal}”（设置）不是 7 位数字，未导出</translation>
    </message>
    <message>
        <source>Order {order}: no phone number to deliver to, not exported</source>
        <translation>订单 {order}：没有收件人电话，未导出</translation>
    </message>
    <message>
        <source>Order {order}: “{character}” cannot be written in Shift_JIS, not exported</source>
        <translation>订单 {order}：“{character}”无法用 Shift_JIS 写入，未导出</translation>
    </message>
    <message>
        <source>Order {order}: the carrier has no delivery time slot “{slot}”: exported without one</source>
        <translation>订单 {order}：承运商没有配送时段“{slot}”：已按不指定时段导出</translation>
    </message>
    <message>
        <source>Line {line}: no order reference</source>
        <translation>第 {line} 行：缺少订单号</translation>
    </message>
    <message>
        <source>Line {line}: order {order} has no tracking number</source>
        <translation>第 {line} 行：订单 {order} 没有运单号</translation>
    </message>
    <message>
        <source>Line {line} has {found} columns: this is not a {format} file</source>
        <translation>第 {line} 行有 {found} 列：这不是 {format} 文件</translation>
    </message>
</context>
<context>
    <name>FetchRunner</name>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}：{2}</translation>
    </message>
    <message>
        <source>{0} {1}: {2} new, {3} changed</source>
        <translation>{0} {1}：新增 {2} 个，变更 {3} 个</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This handover was closed at {time}: open a new one for the next pickup.</source>
        <translation>此交接已于 {time} 完成：下次揽收请新建交接。</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned: close only if they stay for the next pickup.</source>
        <translation>
            <numerusform>清单中有 %n 个包裹未扫描：只有它们留待下次揽收时才完成交接。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not a scan or a photo: attach a PDF, JPEG, PNG, TIFF, WebP or HEIC file.</source>
        <translation>{file} 不是扫描件或照片：请附上 PDF、JPEG、PNG、TIFF、WebP 或 HEIC 文件。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message numerus="yes">
        <source>{message} All %n parcels are scanned: close the handover.</source>
        <translation>
            <numerusform>{message} 全部 %n 个包裹已扫描：请完成交接。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no handover {id}.</source>
        <translation>没有交接 {id}。</translation>
    </message>
    <message>
        <source>Handed over: order {number}, tracking {tracking}.</source>
        <translation>已交出：订单 {number}，运单号 {tracking}。</translation>
    </message>
    <message>
        <source>SCANNED TWICE: order {number} was scanned at {time} by {operator} ({station}). It counts once; scan the next parcel.</source>
        <translation>重复扫描：订单 {number} 已于 {time} 由 {operator}（{station}）扫描。只计一次；请扫描下一个包裹。</translation>
    </message>
    <message>
        <source>STOP: order {number} is cancelled. Keep the parcel back, it does not go.</source>
        <translation>停止：订单 {number} 已取消。请留下此包裹，不要交出。</translation>
    </message>
    <message>
        <source>STOP: order {number} goes by {other}, not {carrier}. Put it with the {other} parcels.</source>
        <translation>停止：订单 {number} 走 {other}，不是 {carrier}。请放到 {other} 的包裹里。</translation>
    </message>
    <message>
        <source>STOP: order {number} was handed over already, on {time}. Keep it apart.</source>
        <translation>停止：订单 {number} 已于 {time} 交出。请单独放开。</translation>
    </message>
    <message>
        <source>STOP: order {number} is {state}, not shipped: its label was never confirmed. Take it back to the bench.</source>
        <translation>停止：订单 {number} 的状态是“{state}”，不是已发货：面单从未确认。请拿回打包台。</translation>
    </message>
    <message>
        <source>STOP: order {number} shipped on {shipped}; it is not on the list of {day}.</source>
        <translation>停止：订单 {number} 于 {shipped} 发货；不在 {day} 的清单上。</translation>
    </message>
    <message>
        <source>STOP: {code} is no parcel of any order. Scan the tracking number on its waybill.</source>
        <translation>停止：{code} 不属于任何订单的包裹。请扫描运单上的运单号。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>开始或继续</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Pickup day</source>
        <translation>揽收日</translation>
    </message>
    <message>
        <source>Choose the carrier and the day, then start the handover.</source>
        <translation>请选择承运商和日期，然后开始交接。</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s waybill or label (or type it, Enter)</source>
        <translation>扫描每个包裹的运单或面单（或输入后按 Enter）</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>完成交接</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>附上签收单…</translation>
    </message>
    <message>
        <source>Save manifest…</source>
        <translation>保存交接清单…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>This handover is closed.</source>
        <translation>此交接已完成。</translation>
    </message>
    <message>
        <source>No parcel of {0} is waiting for this day.</source>
        <translation>这一天没有等待 {0} 揽收的包裹。</translation>
    </message>
    <message>
        <source>Handover to {0}: scan each parcel.</source>
        <translation>交接给 {0}：请逐个扫描包裹。</translation>
    </message>
    <message>
        <source>{0} of {1} handed over</source>
        <translation>已交出 {0}/{1}</translation>
    </message>
    <message>
        <source>Start the handover first: choose the carrier and the day.</source>
        <translation>请先开始交接：选择承运商和日期。</translation>
    </message>
    <message>
        <source>Parcels missing</source>
        <translation>缺少包裹</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned:</source>
        <translation>
            <numerusform>清单中有 %n 个包裹未扫描：</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway? They stay on the list of the next handover.</source>
        <translation>仍要完成吗？它们会留在下一次交接的清单上。</translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over. Manifest: {0}</source>
        <translation>
            <numerusform>交接已完成：交出 %n 个包裹。交接清单：{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest is printed: have it signed.</source>
        <translation>交接清单已打印：请让对方签字。</translation>
    </message>
    <message>
        <source>The manifest did not print ({0}): save it and print it elsewhere.</source>
        <translation>交接清单未能打印（{0}）：请保存后在别处打印。</translation>
    </message>
    <message>
        <source>Handover manifest</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Manifest saved to {0}</source>
        <translation>交接清单已保存到 {0}</translation>
    </message>
    <message>
        <source>Attach the signed receipt</source>
        <translation>附上已签名的签收单</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.png *.tif *.webp *.heic);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.png *.tif *.webp *.heic);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Receipt attached: {0}</source>
        <translation>已附上签收单：{0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of order {0}</source>
        <translation>订单 {0} 的记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(reprint)</source>
        <translation>（重印）</translation>
    </message>
    <message>
        <source>Reprint waybill (supervisor)…</source>
        <translation>重新打印面单（主管）…</translation>
    </message>
    <message>
        <source>Reprint packing slip…</source>
        <translation>重印发货单…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>已打印的单据</translation>
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
    <message>
        <source>Backorder: waiting for stock</source>
        <translation>缺货待发：等待到货</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Barcode {code} already belongs to SKU {sku}; not linked to {new}</source>
        <translation>条码 {code} 已属于 SKU {sku}；未关联到 {new}</translation>
    </message>
    <message>
        <source>{file}: {created}, {updated} updated, {errors}</source>
        <translation>{file}：{created}，更新 {updated}，{errors}</translation>
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
        <source>{number}: the file changes an order already split into parcels; the change was not applied and its open parcels are on hold: check them</source>
        <translation>{number}：文件修改了一个已拆分成多个包裹的订单；修改未应用，其未完成的包裹已暂停：请检查</translation>
    </message>
    <message>
        <source>The marketplace removed this destination from the order</source>
        <translation>平台已从订单中删除此收件地址</translation>
    </message>
    <message>
        <source>{file}: {new} new, {changed} changed, {unchanged} unchanged, {held} on hold, {errors}</source>
        <translation>{file}：新增 {new}，变更 {changed}，未变 {unchanged}，暂停 {held}，{errors}</translation>
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
        <source>{column} “{value}” is not a whole number of millimetres above 0</source>
        <translation>{column}“{value}”不是大于 0 的整数毫米</translation>
    </message>
    <message>
        <source>A box&apos;s size needs all of length_mm, width_mm and height_mm, or none of them</source>
        <translation>箱的尺寸需要同时填写 length_mm、width_mm 和 height_mm，或全部不填</translation>
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
        <source>{file} is not {encoding} text (at byte {offset}); import files are UTF-8, Shift_JIS (cp932) for Rakuten or Windows-1251 for Ozon</source>
        <translation>{file} 不是 {encoding} 文本（第 {offset} 字节）；导入文件应为 UTF-8，乐天为 Shift_JIS（cp932），Ozon 为 Windows-1251</translation>
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
    <message>
        <source>{field} is longer than {limit} characters: “{value}”</source>
        <translation>{field}超过 {limit} 个字符：“{value}”</translation>
    </message>
    <message>
        <source>{field} holds a NUL character: the file is damaged or not text</source>
        <translation>{field}含有 NUL 字符：文件已损坏或不是文本</translation>
    </message>
    <message>
        <source>{field} {value} is not between {low} and {high}</source>
        <translation>{field} {value} 不在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>The buyer&apos;s note</source>
        <translation>买家备注</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>The marketplace status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>The delivery time slot</source>
        <translation>配送时段</translation>
    </message>
    <message>
        <source>The gift wrapping</source>
        <translation>礼品包装</translation>
    </message>
    <message>
        <source>The noshi</source>
        <translation>熨斗</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>The parcel&apos;s barcode</source>
        <translation>包裹条码</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>The item name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>The item&apos;s variant</source>
        <translation>商品规格</translation>
    </message>
    <message>
        <source>The marketplace&apos;s SKU</source>
        <translation>平台 SKU</translation>
    </message>
    <message>
        <source>The quantity of {sku}</source>
        <translation>{sku} 的数量</translation>
    </message>
    <message>
        <source>The unit price of {sku}</source>
        <translation>{sku} 的单价</translation>
    </message>
    <message>
        <source>The tax rate of {sku}</source>
        <translation>{sku} 的税率</translation>
    </message>
    <message>
        <source>The shipping fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>The order total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>The order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>The ship-by time</source>
        <translation>发货期限</translation>
    </message>
    <message>
        <source>The delivery date</source>
        <translation>配送日期</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported: import it again</source>
        <translation>{file} 在导入过程中被修改：请重新导入</translation>
    </message>
</context>
<context>
    <name>Label printer</name>
    <message>
        <source>The label is {label_width} × {label_height} mm but the printer holds {media_width} × {media_height} mm labels. Change the media settings of the label printer or choose a layout for this label size.</source>
        <translation>标签尺寸为 {label_width} × {label_height} mm，但打印机中装的是 {media_width} × {media_height} mm 的标签。请更改标签打印机的介质设置，或选择适合此标签尺寸的版式。</translation>
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
        <source>Devices…</source>
        <translation>设备…</translation>
    </message>
    <message>
        <source>Shop and documents…</source>
        <translation>店铺与单据…</translation>
    </message>
    <message>
        <source>Marketplace connections…</source>
        <translation>电商平台连接…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
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
        <source>Next order by deadline</source>
        <translation>按期限的下一个订单</translation>
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
        <source>Order history…</source>
        <translation>订单记录…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>审计记录…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>发件箱…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>交接…</translation>
    </message>
    <message>
        <source>Handover manifest…</source>
        <translation>交接凭证…</translation>
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
        <source>Release a left station&apos;s order…</source>
        <translation>释放被遗留工作台的订单…</translation>
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
        <source>Undo last scan</source>
        <translation>撤销上一次扫描</translation>
    </message>
    <message>
        <source>Gift wrap and noshi done</source>
        <translation>礼品包装和熨斗已完成</translation>
    </message>
    <message>
        <source>Close this parcel</source>
        <translation>封好这个包裹</translation>
    </message>
    <message>
        <source>Ship what is here (backorder the rest)</source>
        <translation>先发现有的（其余缺货待发）</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>Self-test…</source>
        <translation>自检…</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Print test label</source>
        <translation>打印测试标签</translation>
    </message>
    <message>
        <source>Zero the scale</source>
        <translation>电子秤归零</translation>
    </message>
    <message>
        <source>Take weight</source>
        <translation>记录重量</translation>
    </message>
    <message>
        <source>Enter weight…</source>
        <translation>输入重量…</translation>
    </message>
    <message>
        <source>Accept weight (supervisor)…</source>
        <translation>接受重量（主管）…</translation>
    </message>
    <message>
        <source>Enter tracking number…</source>
        <translation>输入运单号…</translation>
    </message>
    <message>
        <source>Choose carrier…</source>
        <translation>选择承运商…</translation>
    </message>
    <message>
        <source>Reprint packing slip…</source>
        <translation>重新打印发货单…</translation>
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
        <source>{0} ({1}) in the list</source>
        <translation>列表中有 {0}（{1}）</translation>
    </message>
    <message>
        <source>Select the order in the queue first</source>
        <translation>请先在列表中选择订单</translation>
    </message>
    <message>
        <source>Release a left station&apos;s order</source>
        <translation>释放被遗留工作台的订单</translation>
    </message>
    <message>
        <source>The order stays as counted, and any station may open it.</source>
        <translation>已计数的数量保留，任何工作台都可以打开该订单。</translation>
    </message>
    <message numerus="yes">
        <source>Manifest of %n parcels saved to {0}</source>
        <translation>
            <numerusform>%n 件包裹的交接凭证已保存到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked again: {0} confirmed, {1} still on hold</source>
        <translation>已重新检查：已确认 {0}，仍暂停 {1}</translation>
    </message>
    <message>
        <source>Reprint waybill (supervisor)…</source>
        <translation>重新打印面单（主管）…</translation>
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
        <source>Handover manifest</source>
        <translation>交接凭证</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Open or select an order first</source>
        <translation>请先打开或选择订单</translation>
    </message>
    <message>
        <source>Finish packing the order first</source>
        <translation>请先完成订单打包</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>The waybill&apos;s tracking number:</source>
        <translation>运单上的运单号：</translation>
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
    <name>MarketplacesDialog</name>
    <message>
        <source>Marketplace connections</source>
        <translation>电商平台连接</translation>
    </message>
    <message>
        <source>Rakuten RMS (RakutenPayOrderAPI)</source>
        <translation>乐天 RMS（RakutenPayOrderAPI）</translation>
    </message>
    <message>
        <source>Ozon Seller API (FBS, rFBS)</source>
        <translation>Ozon Seller API（FBS、rFBS）</translation>
    </message>
    <message>
        <source>The keys go to the system keyring; packstation never writes them to a file.</source>
        <translation>密钥保存在系统密钥环中；packstation 从不把密钥写入文件。</translation>
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
        <source>shipped, confirmation pending</source>
        <translation>已发货，待确认</translation>
    </message>
    <message>
        <source>An order that is {source} cannot become {target}.</source>
        <translation>“{source}”状态的订单不能变为“{target}”。</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近一次错误</translation>
    </message>
    <message>
        <source>Retry the selected message</source>
        <translation>重发所选消息</translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed</source>
        <translation>等待中 {0} 条，失败 {1} 条</translation>
    </message>
    <message>
        <source>Only a failed message is retried; the others go by themselves.</source>
        <translation>只能重发发送失败的消息；其他消息会自动发送。</translation>
    </message>
    <message>
        <source>Mail to the buyer</source>
        <translation>发给买家的邮件</translation>
    </message>
    <message>
        <source>Tracking number to Rakuten</source>
        <translation>发给乐天的运单号</translation>
    </message>
    <message>
        <source>Order confirmed in Rakuten</source>
        <translation>在乐天确认订单</translation>
    </message>
    <message>
        <source>Parcel packed in Ozon</source>
        <translation>在 Ozon 标记已打包</translation>
    </message>
    <message>
        <source>Tracking number to Ozon</source>
        <translation>发给 Ozon 的运单号</translation>
    </message>
    <message>
        <source>Handover act from Ozon</source>
        <translation>Ozon 的交接单</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Outbox: cannot send ({0})</source>
        <translation>发件箱：无法发送（{0}）</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting, {1} failed (Orders ▸ Outbox)</source>
        <translation>发件箱：等待中 {0} 条，失败 {1} 条（订单 ▸ 发件箱）</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting</source>
        <translation>发件箱：等待中 {0} 条</translation>
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
    <message numerus="yes">
        <source>ONE TOO MANY: {name}: the order asks for %n and all %n are already in. Take this one out.</source>
        <translation>
            <numerusform>多出一件：{name} 需要 %n 件，已全部装入。请取出这一件。</numerusform>
        </translation>
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
        <source>Ready for the next order</source>
        <translation>可以处理下一个订单</translation>
    </message>
    <message>
        <source>Scan an order number or a marketplace label to start.</source>
        <translation>扫描订单号或平台面单开始。</translation>
    </message>
    <message>
        <source>Last: order {0}, {1}. Scan the next order number.</source>
        <translation>上一个：订单 {0}，{1}。请扫描下一个订单号。</translation>
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
    <message numerus="yes">
        <source>{0} of %n units scanned</source>
        <translation>
            <numerusform>已扫描 {0} / %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>BACKORDER</source>
        <translation>缺货待发</translation>
    </message>
    <message>
        <source>PARCEL {0} OF {1}</source>
        <translation>包裹 {0}/{1}</translation>
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
    <name>Parcels</name>
    <message>
        <source>No parcel is being packed: open an order and scan what goes in the parcel.</source>
        <translation>没有正在打包的包裹：请打开订单并扫描放入包裹的商品。</translation>
    </message>
    <message>
        <source>Nothing of order {number} is scanned yet: scan what goes in this parcel first.</source>
        <translation>订单 {number} 还没有扫描任何商品：请先扫描放入这个包裹的商品。</translation>
    </message>
    <message>
        <source>First scan the code the last item asks for, or cancel it (Esc).</source>
        <translation>请先扫描上一个商品要求的代码，或取消（Esc）。</translation>
    </message>
    <message numerus="yes">
        <source>Parcel closed: the other %n units go in the next parcel, {next}</source>
        <translation>
            <numerusform>包裹已封好：其余 %n 件放入下一个包裹 {next}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipping what is here: %n units wait as backorder {next} until the stock arrives</source>
        <translation>
            <numerusform>先发现有的：%n 件作为缺货待发 {next} 等待到货</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer at {address} does not answer: check that it is on and connected, then retry.</source>
        <translation>{address} 的打印机无响应：请确认已开机并已连接，然后重试。</translation>
    </message>
    <message>
        <source>The printer at {address} stopped taking the job part-way: check paper, cover, cable and network. The job may be partly printed.</source>
        <translation>{address} 的打印机中途停止接收任务：请检查纸张、机盖、线缆和网络。任务可能只打印了一部分。</translation>
    </message>
    <message>
        <source>The printer at {address} cannot be opened ({error}): check the cable, that the printer is on, and the connection settings.</source>
        <translation>无法打开 {address} 的打印机（{error}）：请检查线缆、打印机是否开机以及连接设置。</translation>
    </message>
    <message>
        <source>The printer address &quot;{address}&quot; does not fit a {kind} connection: enter it like {example}.</source>
        <translation>打印机地址“{address}”不符合 {kind} 连接的格式：请按 {example} 的格式输入。</translation>
    </message>
    <message>
        <source>USB printers need the pyusb package and libusb: install them (pip install pyusb), or choose the printer&apos;s device file (/dev/usb/lp0) or a CUPS queue instead.</source>
        <translation>USB 打印机需要 pyusb 包和 libusb：请安装（pip install pyusb），或改选打印机的设备文件（/dev/usb/lp0）或 CUPS 队列。</translation>
    </message>
    <message>
        <source>The CUPS command lp is not installed: install CUPS (cups-client) or choose another connection.</source>
        <translation>未安装 CUPS 的 lp 命令：请安装 CUPS（cups-client），或选择其他连接方式。</translation>
    </message>
    <message>
        <source>CUPS did not take the job for the queue &quot;{queue}&quot;: {error}. Check the queue name in the printer settings and that CUPS is running.</source>
        <translation>CUPS 未接受队列“{queue}”的任务：{error}。请检查打印机设置中的队列名称，并确认 CUPS 正在运行。</translation>
    </message>
    <message>
        <source>The printer at {address} cannot report its status over this connection: paper and cover were not checked.</source>
        <translation>{address} 的打印机无法通过此连接报告状态：未检查纸张和机盖。</translation>
    </message>
    <message>
        <source>The printer is offline: check that it is on and ready, then retry.</source>
        <translation>打印机离线：请确认已开机并处于就绪状态，然后重试。</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it, then retry.</source>
        <translation>打印机机盖未关：请关闭机盖后重试。</translation>
    </message>
    <message>
        <source>The printer is out of paper: load paper, then retry.</source>
        <translation>打印机缺纸：请装纸后重试。</translation>
    </message>
    <message>
        <source>The printer reports an error (cutter, head or mechanism): clear it, then retry.</source>
        <translation>打印机报告错误（切刀、打印头或机械部件）：请排除故障后重试。</translation>
    </message>
    <message>
        <source>The printer is paused: press its pause or feed button, then retry.</source>
        <translation>打印机已暂停：请按打印机上的暂停键或走纸键，然后重试。</translation>
    </message>
    <message>
        <source>Printing stopped part-way. {problem} The job may be partly printed: check the printout before you confirm a reprint.</source>
        <translation>打印中途停止。{problem} 任务可能只打印了一部分：确认重新打印前请检查打印结果。</translation>
    </message>
    <message>
        <source>The printer at {address} gave an answer that is not a status: check that the printer language in the settings (ESC/POS, ZPL or TSPL) is the printer&apos;s.</source>
        <translation>{address} 的打印机返回的不是状态信息：请确认设置中的打印机语言（ESC/POS、ZPL 或 TSPL）与打印机一致。</translation>
    </message>
    <message>
        <source>The station stopped while sending &quot;{job}&quot; to the printer: it may be partly printed.</source>
        <translation>向打印机发送“{job}”时工位已停止：可能只打印了一部分。</translation>
    </message>
    <message>
        <source>&quot;{job}&quot; was already printed: confirm to print it again.</source>
        <translation>“{job}”已打印过：确认后将再次打印。</translation>
    </message>
    <message>
        <source>&quot;{job}&quot; may be partly printed: check the printout, then confirm to print it again.</source>
        <translation>“{job}”可能只打印了一部分：请检查打印结果，然后确认重新打印。</translation>
    </message>
</context>
<context>
    <name>PrinterTab</name>
    <message>
        <source>Print at this station</source>
        <translation>在本工位打印</translation>
    </message>
    <message>
        <source>A4 PDF to a CUPS queue (office printer)</source>
        <translation>A4 PDF 发送到 CUPS 队列（办公打印机）</translation>
    </message>
    <message>
        <source>PDF to a CUPS queue</source>
        <translation>PDF（发送到 CUPS 队列）</translation>
    </message>
    <message>
        <source>Network (TCP 9100)</source>
        <translation>网络（TCP 9100）</translation>
    </message>
    <message>
        <source>USB (vendor:product)</source>
        <translation>USB（厂商:产品）</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>CUPS queue</source>
        <translation>CUPS 队列</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>打印机语言</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>as the profile says</source>
        <translation>按配置文件</translation>
    </message>
    <message>
        <source>printer&apos;s Kanji mode (Japanese models)</source>
        <translation>打印机的 Kanji mode（日本机型）</translation>
    </message>
    <message>
        <source>as images (any printer)</source>
        <translation>以图像打印（适用所有打印机）</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>点</translation>
    </message>
    <message>
        <source>labels with gaps</source>
        <translation>间隙标签</translation>
    </message>
    <message>
        <source>black mark</source>
        <translation>黑标</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连续纸</translation>
    </message>
    <message>
        <source>ESC/POS profile</source>
        <translation>ESC/POS 配置文件</translation>
    </message>
    <message>
        <source>Japanese text</source>
        <translation>日文文本</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>纸张宽度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>标签宽度</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>标签高度</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>介质类型</translation>
    </message>
    <message>
        <source>Gap or mark</source>
        <translation>间隙或黑标</translation>
    </message>
    <message>
        <source>Darkness</source>
        <translation>打印浓度</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>打印测试页</translation>
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
    <name>Queue</name>
    <message>
        <source>The first {shown} by deadline of {parcels} that match: narrow the search or the filters to see the others</source>
        <translation>符合条件的{parcels}中，按发货期限显示前 {shown} 个：请缩小搜索或筛选范围以查看其余</translation>
    </message>
    <message>
        <source>The first {shown} by deadline of more than {parcels} that match: narrow the search or the filters to see the others</source>
        <translation>符合条件的超过{parcels}，按发货期限显示前 {shown} 个：请缩小搜索或筛选范围以查看其余</translation>
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
        <source>at {0} ({1})</source>
        <translation>在 {0}（{1}）</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>在 {0}</translation>
    </message>
    <message>
        <source>backorder</source>
        <translation>缺货待发</translation>
    </message>
    <message>
        <source>parcel {0} of {1}</source>
        <translation>包裹 {0}/{1}</translation>
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
        <source>Start of an order or tracking number, or scan one</source>
        <translation>输入订单号或运单号的开头，或扫描</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>The rate table {path} could not be read ({reason}); it is left as it is. Correct it, or move it away to start again from the example rates.</source>
        <translation>无法读取运费表 {path}（{reason}）；文件保持原样。请修正它，或将其移走，以便从示例运费重新开始。</translation>
    </message>
    <message>
        <source>Until then the bench suggests services by the example rates.</source>
        <translation>在此之前，工作台按示例运费推荐配送服务。</translation>
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
    <name>Receipt printer</name>
    <message>
        <source>The barcode {data} does not fit on the paper ({paper} dots wide). Use wider paper or a shorter code.</source>
        <translation>条码 {data} 超出纸张宽度（{paper} 点）。请使用更宽的纸或更短的条码。</translation>
    </message>
    <message>
        <source>The receipt printer profile {name} is not known. Choose the printer model in the settings.</source>
        <translation>未知的装箱单打印机配置文件 {name}。请在设置中选择打印机型号。</translation>
    </message>
    <message>
        <source>The picture is {width} dots wide but the paper takes only {paper} dots. Check the paper width and the printer model in the settings.</source>
        <translation>图像宽 {width} 点，但纸张只能容纳 {paper} 点。请检查设置中的纸张宽度和打印机型号。</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Unknown scale protocol {name}: choose one of {names}.</source>
        <translation>未知的电子秤协议 {name}：请从 {names} 中选择。</translation>
    </message>
    <message>
        <source>The scale&apos;s line pattern is not usable: {reason}. Write a regular expression with a (?P&lt;weight&gt;...) group, and optionally (?P&lt;unit&gt;...), (?P&lt;stable&gt;...), (?P&lt;sign&gt;...).</source>
        <translation>电子秤的行匹配模式不可用：{reason}。请编写包含 (?P&lt;weight&gt;...) 分组的正则表达式，可选 (?P&lt;unit&gt;...)、(?P&lt;stable&gt;...)、(?P&lt;sign&gt;...)。</translation>
    </message>
    <message>
        <source>The scale setting {option} cannot be {value}.</source>
        <translation>电子秤设置 {option} 不能为 {value}。</translation>
    </message>
    <message>
        <source>The scale&apos;s line pattern has no (?P&lt;weight&gt;...) group: add one around the number.</source>
        <translation>电子秤的行匹配模式中没有 (?P&lt;weight&gt;...) 分组：请用它括住数字部分。</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <source>Under zero</source>
        <translation>低于零</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Serial settings refused</source>
        <translation>串口设置被拒绝</translation>
    </message>
    <message>
        <source>Scale error</source>
        <translation>电子秤错误</translation>
    </message>
    <message>
        <source>Keep the parcel still and wait until the weight settles.</source>
        <translation>请保持包裹静止，等待重量稳定。</translation>
    </message>
    <message>
        <source>Take the weight off the scale: it is over capacity.</source>
        <translation>请从电子秤上取下物品：已超出量程。</translation>
    </message>
    <message>
        <source>The scale reads below zero: empty the platter, then zero the scale.</source>
        <translation>电子秤读数低于零：请清空秤盘，然后归零。</translation>
    </message>
    <message>
        <source>The scale does not answer: check that it is switched on, the cable, and the protocol and baud rate in the device settings.</source>
        <translation>电子秤无响应：请检查是否已开机、线缆，以及设备设置中的协议和波特率。</translation>
    </message>
    <message>
        <source>The scale&apos;s port is not there: plug the cable in and check the port in the device settings.</source>
        <translation>找不到电子秤端口：请插好线缆，并在设备设置中检查端口。</translation>
    </message>
    <message>
        <source>The scale sends data this protocol does not understand, or reports a fault: check the protocol, baud rate, data bits and parity in the device settings, then restart the scale.</source>
        <translation>电子秤发送的数据无法被此协议识别，或报告了故障：请检查设备设置中的协议、波特率、数据位和校验位，然后重启电子秤。</translation>
    </message>
    <message>
        <source>The port {port} is there but does not take {framing}. Set the scale and the device settings to the same settings the port takes (every port takes 8 data bits, no parity), or connect the scale through a serial adapter that takes {framing}.</source>
        <translation>端口 {port} 存在，但不接受 {framing}。请把秤和设备设置改为端口接受的相同设置（所有端口都接受 8 位数据、无校验），或通过支持 {framing} 的串口适配器连接秤。</translation>
    </message>
    <message>
        <source>{baudrate} baud, {bytesize} data bits, parity {parity}, stop bits {stopbits}</source>
        <translation>{baudrate} 波特，{bytesize} 位数据，校验 {parity}，{stopbits} 位停止位</translation>
    </message>
</context>
<context>
    <name>ScaleTab</name>
    <message>
        <source>This station has a scale</source>
        <translation>本工位配有电子秤</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Take the weight by itself once the parcel is still</source>
        <translation>包裹静止后自动记录重量</translation>
    </message>
    <message>
        <source>An order is done only when its parcel is weighed</source>
        <translation>包裹称重后订单才算完成</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Line pattern (protocol “line”)</source>
        <translation>行匹配模式（协议“line”）</translation>
    </message>
    <message>
        <source>No stability flag: still for</source>
        <translation>无稳定标志：静止判定时长</translation>
    </message>
    <message>
        <source>Auto-capture after</source>
        <translation>自动记录延时</translation>
    </message>
    <message>
        <source>Lightest parcel</source>
        <translation>包裹最小重量</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>允许误差</translation>
    </message>
    <message>
        <source>or, if larger</source>
        <translation>或（取较大者）</translation>
    </message>
    <message>
        <source>Read weight</source>
        <translation>读取重量</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>A scan arrived without the prefix &quot;{prefix}&quot; and was used as it came. Make the scanner&apos;s prefix and the prefix in the scanner settings the same.</source>
        <translation>收到一个不带前缀“{prefix}”的扫描，已按原样使用。请使扫描枪的前缀与扫描枪设置中的前缀一致。</translation>
    </message>
    <message>
        <source>A scan arrived without its ending ({suffix}) and was taken after a pause. Make the scanner&apos;s suffix and the suffix in the scanner settings the same.</source>
        <translation>收到一个没有结束符（{suffix}）的扫描，已在停顿后接收。请使扫描枪的后缀与扫描枪设置中的后缀一致。</translation>
    </message>
    <message>
        <source>The scanner sent more than {limit} bytes without the end of a scan; they were discarded. Make the scanner&apos;s suffix and the suffix in the scanner settings the same.</source>
        <translation>扫描枪发送了超过 {limit} 字节却没有扫描结束符；这些数据已丢弃。请使扫描枪的后缀与扫描枪设置中的后缀一致。</translation>
    </message>
</context>
<context>
    <name>Scanner check</name>
    <message>
        <source>The test code arrived exactly as printed: the scanner is set up right.</source>
        <translation>测试码与打印内容完全一致：扫描枪设置正确。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a Japanese (JIS) layout, so symbols such as @ and &quot; change. Scan the &apos;Japanese keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>扫描枪按美式（US）键盘输入，但本电脑使用日文（JIS）布局，因此 @ 和 &quot; 等符号会变。请扫描扫描枪说明书中的“日文键盘”设置码，或在扫描时将电脑输入切换为美式键盘。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer&apos;s input language is Russian, so Latin letters arrive as Cyrillic. Switch the input language to English while scanning, or scan the setting code for Alt-code (keypad) emulation in the scanner&apos;s manual.</source>
        <translation>扫描枪按美式（US）键盘输入，但本电脑的输入语言是俄语，因此拉丁字母会变成西里尔字母。请在扫描时将输入语言切换为英语，或扫描扫描枪说明书中 Alt 码（数字小键盘）模拟的设置码。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a German (QWERTZ) layout, so Y and Z swap and symbols change. Scan the &apos;German keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>扫描枪按美式（US）键盘输入，但本电脑使用德文（QWERTZ）布局，因此 Y 和 Z 会互换，符号也会变。请扫描扫描枪说明书中的“德文键盘”设置码，或在扫描时将电脑输入切换为美式键盘。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a French (AZERTY) layout, so A and Q, Z and W swap and digits change. Scan the &apos;French keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>扫描枪按美式（US）键盘输入，但本电脑使用法文（AZERTY）布局，因此 A 和 Q、Z 和 W 会互换，数字也会变。请扫描扫描枪说明书中的“法文键盘”设置码，或在扫描时将电脑输入切换为美式键盘。</translation>
    </message>
    <message>
        <source>Caps Lock is on, so capital and small letters are swapped. Turn Caps Lock off, or set the scanner to ignore it (Caps Lock in the keyboard settings of its manual).</source>
        <translation>Caps Lock 已开启，因此大小写字母互换了。请关闭 Caps Lock，或将扫描枪设置为忽略它（见说明书键盘设置中的 Caps Lock 项）。</translation>
    </message>
    <message>
        <source>The scan arrived as &quot;{received}&quot;: the Japanese input method (IME) is on and turned it into kana or full-width letters. Switch the IME to direct (half-width alphanumeric) input before scanning.</source>
        <translation>扫描结果为“{received}”：日文输入法（IME）已开启，把它转换成了假名或全角字符。扫描前请将输入法切换为直接输入（半角英数）。</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{text}&quot; before each code. Remove that prefix with the setting codes in the scanner&apos;s manual.</source>
        <translation>扫描枪在每个条码前发送“{text}”。请用扫描枪说明书中的设置码删除该前缀。</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{text}&quot; after each code. Remove that suffix with the setting codes in the scanner&apos;s manual, keeping only Enter or Tab at the end.</source>
        <translation>扫描枪在每个条码后发送“{text}”。请用扫描枪说明书中的设置码删除该后缀，末尾只保留 Enter 或 Tab。</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{before}&quot; before and &quot;{after}&quot; after each code. Remove that prefix and suffix with the setting codes in the scanner&apos;s manual, keeping only Enter or Tab at the end.</source>
        <translation>扫描枪在每个条码前发送“{before}”，后发送“{after}”。请用扫描枪说明书中的设置码删除该前缀和后缀，末尾只保留 Enter 或 Tab。</translation>
    </message>
    <message>
        <source>Only &quot;{received}&quot; arrived as the scan: the first characters came as typing, because the scanner pauses between characters longer than this station waits. Set a shorter inter-character delay on the scanner, or raise the maximum gap between keys in the scanner settings.</source>
        <translation>作为扫描只收到了“{received}”：前面的字符被当作键盘输入，因为扫描枪的字符间隔比本工位的等待时间长。请在扫描枪上设置更短的字符间延迟，或在设置中调大“扫描枪：按键最大间隔”。</translation>
    </message>
    <message>
        <source>Characters were lost: &quot;{received}&quot; arrived instead of &quot;{expected}&quot;. This computer did not keep up with the scanner: set a longer inter-character delay on the scanner (see its manual) and scan again.</source>
        <translation>字符丢失：收到的是“{received}”，而不是“{expected}”。本电脑跟不上扫描枪的速度：请在扫描枪上设置更长的字符间延迟（见说明书），然后重新扫描。</translation>
    </message>
    <message>
        <source>The test code arrived as &quot;{received}&quot; instead of &quot;{expected}&quot;. Set the scanner to a US keyboard, check that Caps Lock and the Japanese input method are off and that the computer&apos;s input is English (US), then scan again.</source>
        <translation>测试码收到的是“{received}”，而不是“{expected}”。请将扫描枪设置为美式（US）键盘，确认 Caps Lock 和日文输入法已关闭、电脑输入为英语（US），然后重新扫描。</translation>
    </message>
</context>
<context>
    <name>ScannerTab</name>
    <message>
        <source>A scanner on a serial (COM) port</source>
        <translation>使用串口（COM）扫描枪</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Character sent for GS (FNC1)</source>
        <translation>代替 GS（FNC1）发送的字符</translation>
    </message>
    <message>
        <source>Scan this test barcode:</source>
        <translation>请扫描此测试条码：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Self-test</name>
    <message>
        <source>not set up at this station</source>
        <translation>本工位未设置</translation>
    </message>
    <message>
        <source>answers, stable at zero</source>
        <translation>有响应，稳定在零</translation>
    </message>
    <message>
        <source>reads {weight} g with nothing on it: take everything off the scale and zero it.</source>
        <translation>空载时读数为 {weight} g：请清空电子秤并归零。</translation>
    </message>
    <message>
        <source>online, paper loaded, cover closed</source>
        <translation>在线，有纸，机盖已关</translation>
    </message>
    <message>
        <source>cannot report its status over this connection: print a test page to check it</source>
        <translation>无法通过此连接报告状态：请打印测试页检查</translation>
    </message>
    <message>
        <source>prints at {actual} dpi but the settings say {configured} dpi: correct the resolution in the device settings.</source>
        <translation>实际以 {actual} dpi 打印，但设置为 {configured} dpi：请在设备设置中更正分辨率。</translation>
    </message>
    <message>
        <source>no test scan: scan the test barcode to check it</source>
        <translation>没有测试扫描：请扫描测试条码以检查</translation>
    </message>
</context>
<context>
    <name>SelftestDialog</name>
    <message>
        <source>Station self-test</source>
        <translation>工位自检</translation>
    </message>
    <message>
        <source>Take everything off the scale. Scan this barcode with the bench scanner (it is also on the slip printer&apos;s test page), then press Run.</source>
        <translation>请清空电子秤。用本工位的扫描枪扫描此条码（装箱单打印机的测试页上也有），然后点击“运行”。</translation>
    </message>
    <message>
        <source>Waiting for the test scan…</source>
        <translation>正在等待测试扫描…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Test scan received.</source>
        <translation>已收到测试扫描。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>SerialFields</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <source>Serial: baud, data bits, parity, stop bits</source>
        <translation>串口：波特率、数据位、校验位、停止位</translation>
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
        <source>Short of stock: ship what is there, the rest as a backorder</source>
        <translation>库存不足时：先发现有的，其余作为缺货待发</translation>
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
        <source>min</source>
        <translation>分钟</translation>
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
        <source>Lock when idle for (0: never)</source>
        <translation>空闲多久后锁定（0：从不）</translation>
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
    <name>ShopDialog</name>
    <message>
        <source>Shop and documents</source>
        <translation>店铺与单据</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Prefecture / region</source>
        <translation>都道府县 / 地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇名称</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>国家（ISO 代码）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Invoice registration number (T + 13 digits)</source>
        <translation>适格发票登记号（T + 13 位数字）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>徽标（PNG 或 JPEG）</translation>
    </message>
    <message>
        <source>Thank-you note on the slip</source>
        <translation>发货单上的感谢语</translation>
    </message>
    <message>
        <source>As the order&apos;s marketplace and country</source>
        <translation>按订单的平台和国家</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>Print the packing slip when the parcel is ready</source>
        <translation>包裹就绪后打印发货单</translation>
    </message>
    <message>
        <source>Print the waybill and check its label scan before the parcel ships</source>
        <translation>打印运单，并在发货前扫描面单核对</translation>
    </message>
    <message>
        <source>Rakuten parcels go with</source>
        <translation>乐天包裹的承运商</translation>
    </message>
    <message>
        <source>Ozon parcels go with</source>
        <translation>Ozon 包裹的承运商</translation>
    </message>
    <message>
        <source>Other parcels go with</source>
        <translation>其他包裹的承运商</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {0}</source>
        <translation>登录 — {0}</translation>
    </message>
    <message>
        <source>The station is locked. Scan your badge, or enter your name and PIN.</source>
        <translation>工作台已锁定。请扫描工牌，或输入姓名和 PIN。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>Simulated bench</source>
        <translation>模拟工位</translation>
    </message>
    <message>
        <source>Put the parcel on</source>
        <translation>放上包裹</translation>
    </message>
    <message>
        <source>The open order&apos;s expected weight, give or take a few grams</source>
        <translation>当前订单的预期重量，上下浮动几克</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>称重</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>取下</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>机盖打开</translation>
    </message>
    <message>
        <source>Nothing printed yet</source>
        <translation>尚未打印任何内容</translation>
    </message>
    <message>
        <source>Printouts are kept in {0}</source>
        <translation>打印内容保存在 {0}</translation>
    </message>
    <message>
        <source>{0} printed: {1}</source>
        <translation>{0} 已打印：{1}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The folder for the database {where} cannot be created ({detail}).</source>
        <translation>无法创建数据库 {where} 的文件夹（{detail}）。</translation>
    </message>
    <message>
        <source>Start packstation with --db and a place this user may write to, or have the folder created with write permission for this user.</source>
        <translation>请用 --db 指定此用户可写入的位置启动 packstation，或请人创建此用户有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The database {where} cannot be written: the file is read-only or its folder is not writable ({detail}).</source>
        <translation>无法写入数据库 {where}：文件为只读，或其文件夹不可写（{detail}）。</translation>
    </message>
    <message>
        <source>Give the user who runs packstation write permission on the file and its folder, or start with --db and a writable place.</source>
        <translation>请给运行 packstation 的用户该文件及其文件夹的写入权限，或用 --db 指定可写的位置启动。</translation>
    </message>
    <message>
        <source>The file {where} is not a database, or it is damaged ({detail}).</source>
        <translation>文件 {where} 不是数据库，或已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it away to start with an empty database; --db chooses another file.</source>
        <translation>请从备份恢复，或把它移走以空数据库开始；--db 可选择另一个文件。</translation>
    </message>
    <message>
        <source>The database server at {where} cannot be reached: nothing answers there ({detail}).</source>
        <translation>无法连接数据库服务器 {where}：那里没有响应（{detail}）。</translation>
    </message>
    <message>
        <source>Check that the server is running, that the host and port in --db or PACKSTATION_DB are right and that no firewall is in the way.</source>
        <translation>请检查服务器是否在运行、--db 或 PACKSTATION_DB 中的主机和端口是否正确，以及是否被防火墙阻挡。</translation>
    </message>
    <message>
        <source>The host of the database server {where} is not known ({detail}).</source>
        <translation>数据库服务器 {where} 的主机未知（{detail}）。</translation>
    </message>
    <message>
        <source>Check the host name in --db or PACKSTATION_DB and this PC&apos;s network connection.</source>
        <translation>请检查 --db 或 PACKSTATION_DB 中的主机名以及本机的网络连接。</translation>
    </message>
    <message>
        <source>The database server at {where} refused the login ({detail}).</source>
        <translation>数据库服务器 {where} 拒绝了登录（{detail}）。</translation>
    </message>
    <message>
        <source>Check the user name and password in --db or PACKSTATION_DB, and that the server lets this user in from this PC.</source>
        <translation>请检查 --db 或 PACKSTATION_DB 中的用户名和密码，以及服务器是否允许此用户从本机登录。</translation>
    </message>
    <message>
        <source>The database server at {where} has no such database ({detail}).</source>
        <translation>数据库服务器 {where} 上没有该数据库（{detail}）。</translation>
    </message>
    <message>
        <source>Check the database name in --db or PACKSTATION_DB, or have the database created on the server.</source>
        <translation>请检查 --db 或 PACKSTATION_DB 中的数据库名，或请人在服务器上创建该数据库。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at {where} ({detail}).</source>
        <translation>无法连接数据库服务器 {where}（{detail}）。</translation>
    </message>
    <message>
        <source>Check --db or PACKSTATION_DB, and that the server is running and reachable from this PC.</source>
        <translation>请检查 --db 或 PACKSTATION_DB，并确认服务器在运行且本机可以访问。</translation>
    </message>
    <message>
        <source>The database {where} was set up by a newer packstation (schema revision {detail}).</source>
        <translation>数据库 {where} 由更新版本的 packstation 建立（架构修订 {detail}）。</translation>
    </message>
    <message>
        <source>Start the newer packstation at this station, or start this one with --db and another database.</source>
        <translation>请在本工作站启动更新版本的 packstation，或用 --db 指定另一个数据库启动本版本。</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it is kept as {backup}.</source>
        <translation>无法读取设置文件 {path}（{reason}）；已保留为 {backup}。</translation>
    </message>
    <message>
        <source>packstation starts with the default settings: set the station up again, or repair the kept file and put it back in place while packstation is closed.</source>
        <translation>packstation 将以默认设置启动：请重新设置工作站，或在 packstation 关闭时修复保留的文件并放回原处。</translation>
    </message>
    <message>
        <source>The settings file {path} was written by a newer packstation (settings version {version}).</source>
        <translation>设置文件 {path} 由更新版本的 packstation 写入（设置版本 {version}）。</translation>
    </message>
    <message>
        <source>Start the newer packstation, or start this one with --settings and another file.</source>
        <translation>请启动更新版本的 packstation，或用 --settings 指定另一个文件启动本版本。</translation>
    </message>
    <message>
        <source>Station {station} is already running on this database ({holder}): a second window of one station would open the orders the first is packing.</source>
        <translation>工作站 {station} 已在此数据库上运行（{holder}）：同一工作站的第二个窗口会打开第一个窗口正在打包的订单。</translation>
    </message>
    <message>
        <source>Switch to the window that runs, or close it first. For a second bench, start this one with --station and another name, or give it another station name in its settings.</source>
        <translation>请切换到正在运行的窗口，或先关闭它。若要作为第二个工作台，请用 --station 和另一个名称启动，或在设置中给它另一个工作站名称。</translation>
    </message>
    <message>
        <source>packstation cannot start</source>
        <translation>packstation 无法启动</translation>
    </message>
    <message>
        <source>packstation started with default settings</source>
        <translation>packstation 已以默认设置启动</translation>
    </message>
</context>
<context>
    <name>StationLock</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>No users yet: add the first admin with `packstation users add`</source>
        <translation>还没有用户：请用 `packstation users add` 添加第一个管理员</translation>
    </message>
    <message>
        <source>Admin only</source>
        <translation>仅限管理员</translation>
    </message>
    <message>
        <source>Only an admin may change this. Sign out (Ctrl+L) and sign in as one.</source>
        <translation>只有管理员可以更改此项。请退出登录（Ctrl+L）并以管理员身份登录。</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Verify without scanning</source>
        <translation>免扫描核验</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n open units of {0} as verified without a scan.</source>
        <translation>
            <numerusform>将 {0} 剩余的 %n 件标记为免扫描核验。</numerusform>
        </translation>
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
<context>
    <name>Tracking</name>
    <message>
        <source>Tracking number {number} has a wrong check digit for {carrier}: scan it again or type it carefully.</source>
        <translation>运单号 {number} 的校验位不符合{carrier}的规则：请重新扫描或仔细输入。</translation>
    </message>
    <message>
        <source>{number} is not a {carrier} tracking number: expected {expected}.</source>
        <translation>{number} 不是{carrier}的运单号。正确格式：{expected}。</translation>
    </message>
    <message>
        <source>Scan or type the tracking number.</source>
        <translation>请扫描或输入运单号。</translation>
    </message>
    <message>
        <source>Yamato Transport</source>
        <translation>大和运输</translation>
    </message>
    <message>
        <source>Sagawa Express</source>
        <translation>佐川急便</translation>
    </message>
    <message>
        <source>Japan Post</source>
        <translation>日本邮政</translation>
    </message>
    <message>
        <source>Russian Post</source>
        <translation>俄罗斯邮政</translation>
    </message>
    <message>
        <source>CDEK</source>
        <translation>CDEK</translation>
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
        <translation>承运商</translation>
    </message>
    <message>
        <source>12 digits, such as 4444-1375-8703</source>
        <translation>12 位数字，如 4444-1375-8703</translation>
    </message>
    <message>
        <source>12 digits, such as 5125-4751-4334</source>
        <translation>12 位数字，如 5125-4751-4334</translation>
    </message>
    <message>
        <source>12 digits (11 for registered mail), or 13 characters such as EA123456785JP</source>
        <translation>12 位数字（挂号信为 11 位），或 13 个字符，如 EA123456785JP</translation>
    </message>
    <message>
        <source>14 digits, or 13 characters such as RA123456785RU</source>
        <translation>14 位数字，或 13 个字符，如 RA123456785RU</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 位数字</translation>
    </message>
    <message>
        <source>10 or 11 digits, such as 3318810025</source>
        <translation>10 或 11 位数字，如 3318810025</translation>
    </message>
    <message>
        <source>1Z and 16 letters or digits (18 characters)</source>
        <translation>1Z 加 16 个字母或数字（共 18 个字符）</translation>
    </message>
    <message>
        <source>12 digits, such as 9865 7878 8855</source>
        <translation>12 位数字，例如 9865 7878 8855</translation>
    </message>
    <message>
        <source>20 or 22 digits, such as 9400 1112 0620 6406 2607 87</source>
        <translation>20 或 22 位数字，例如 9400 1112 0620 6406 2607 87</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The first user must be an admin (--role admin)</source>
        <translation>第一个用户必须是管理员（--role admin）</translation>
    </message>
    <message>
        <source>There is a user called {name} already</source>
        <translation>已有名为 {name} 的用户</translation>
    </message>
    <message>
        <source>That badge belongs to another user</source>
        <translation>该工牌属于其他用户</translation>
    </message>
    <message>
        <source>A PIN has at least {length} characters</source>
        <translation>PIN 至少需要 {length} 个字符</translation>
    </message>
    <message>
        <source>A user needs a name</source>
        <translation>用户需要名称</translation>
    </message>
    <message>
        <source>No user is called {name}</source>
        <translation>没有名为 {name} 的用户</translation>
    </message>
    <message>
        <source>{name} is the last active admin: add another first</source>
        <translation>{name} 是最后一个有效管理员：请先添加另一个</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
        <source>This badge is not known here</source>
        <translation>此工牌未登记</translation>
    </message>
    <message>
        <source>Wrong name or PIN</source>
        <translation>姓名或 PIN 错误</translation>
    </message>
    <message>
        <source>{name} is locked until {until} after too many wrong PINs</source>
        <translation>由于 PIN 错误次数过多，{name} 已锁定至 {until}</translation>
    </message>
    <message>
        <source>A supervisor must approve this: their name and PIN, or their badge</source>
        <translation>需要主管批准：主管的姓名和 PIN，或工牌</translation>
    </message>
    <message>
        <source>{name} is not a supervisor: a supervisor or an admin must approve this</source>
        <translation>{name} 不是主管：需要主管或管理员批准</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Weight</name>
    <message>
        <source>Weight {weight} g: as expected ({expected} g ± {allowed} g)</source>
        <translation>重量 {weight} g：符合预期（{expected} g ± {allowed} g）</translation>
    </message>
    <message>
        <source>WEIGHT CHECK: {weight} g, expected {expected} g ± {allowed} g ({difference} g). Check the parcel for a missing or extra item. A supervisor decides.</source>
        <translation>重量异常：{weight} g，预期 {expected} g ± {allowed} g（{difference} g）。请检查包裹是否缺件或多件。由主管决定。</translation>
    </message>
    <message>
        <source>Weight {weight} g recorded. No expected weight: the catalogue has no weight for {skus}</source>
        <translation>已记录重量 {weight} g。无预期重量：商品目录中没有 {skus} 的重量</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Enter weight</source>
        <translation>输入重量</translation>
    </message>
    <message>
        <source>Weigh the parcel on another scale.</source>
        <translation>请用其他秤称量包裹。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
</context>
<context>
    <name>WeightPanel</name>
    <message>
        <source>No scale</source>
        <translation>无电子秤</translation>
    </message>
    <message>
        <source>Expected weight unknown: no weight for {0}</source>
        <translation>预期重量未知：缺少 {0} 的重量</translation>
    </message>
    <message>
        <source>Expected {0} g ± {1} g</source>
        <translation>预期 {0} g ± {1} g</translation>
    </message>
    <message>
        <source>no box scanned</source>
        <translation>未扫描包装箱</translation>
    </message>
    <message>
        <source>box {0} ({1} g)</source>
        <translation>包装箱 {0}（{1} g）</translation>
    </message>
    <message>
        <source>weighed {0} g</source>
        <translation>已称 {0} g</translation>
    </message>
    <message numerus="yes">
        <source>{0}: catalogue {1} g, parcels show {2} g (%n parcels): fix the catalogue</source>
        <translation>
            <numerusform>{0}：商品目录为 {1} g，实际包裹显示 {2} g（%n 个包裹）：请修正商品目录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Not done: the background work was stopping. Try it again.</source>
        <translation>未完成：后台任务正在停止。请重试。</translation>
    </message>
</context>
<context>
    <name>_MarketBox</name>
    <message>
        <source>Connected: fetch its orders and tell it what shipped</source>
        <translation>已连接：获取订单并回传发货信息</translation>
    </message>
    <message>
        <source>the marketplace&apos;s own address</source>
        <translation>平台自己的地址</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Send each parcel&apos;s tracking number</source>
        <translation>回传每个包裹的运单号</translation>
    </message>
    <message>
        <source>Confirm new orders when they are fetched</source>
        <translation>获取新订单时确认订单</translation>
    </message>
    <message>
        <source>leave empty to keep the stored key</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>Shop (whose keys)</source>
        <translation>店铺（密钥所属）</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <source>Fetch orders every (0: only by hand)</source>
        <translation>获取订单间隔（0：仅手动）</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
</TS>
