<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AuditCsv</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Order number, code or tracking number</source>
        <translation>注文番号・コード・追跡番号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV出力…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest {0} of more than {1} events: narrow the period or filters</source>
        <translation>{1} 件以上のうち新しい {0} 件を表示：期間か条件を絞ってください</translation>
    </message>
    <message>
        <source>The newest {0} of {1} events: narrow the period or filters</source>
        <translation>{1} 件のうち新しい {0} 件を表示：期間か条件を絞ってください</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>監査ログを出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n events exported to {0}</source>
        <translation>
            <numerusform>%n 件を {0} に出力しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>Order {number}: scan the items</source>
        <translation>注文 {number}：商品をスキャンしてください</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} resumed: {scanned} of %n units already in</source>
        <translation>
            <numerusform>注文 {number} を再開：%n 点中 {scanned} 点 梱包済み</numerusform>
        </translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete. Scan the next order.</source>
        <translation>梱包完了：注文 {number} 完了。次の注文をスキャンしてください。</translation>
    </message>
    <message>
        <source>No order with the number {code}</source>
        <translation>注文番号 {code} の注文はありません</translation>
    </message>
    <message>
        <source>That is an item ({name}). Scan an order first.</source>
        <translation>これは商品です（{name}）。先に注文をスキャンしてください。</translation>
    </message>
    <message>
        <source>ON HOLD: order {number} may not be packed: {reasons}</source>
        <translation>保留中：注文 {number} は梱包できません：{reasons}</translation>
    </message>
    <message>
        <source>Order {number} is {state}: it cannot be packed</source>
        <translation>注文 {number}：{state}（梱包対象外）</translation>
    </message>
    <message>
        <source>Order {number} is being packed at station {station}, which is running now. Leave it to that bench; take it over only if its packer gave the parcel to you.</source>
        <translation>注文 {number} はステーション {station} で梱包中です（稼働中）。そのベンチに任せてください。引き継ぐのは、その梱包者から荷物を渡された場合だけです。</translation>
    </message>
    <message>
        <source>Order {number} was left at station {station}, which is not running. Take it over to go on with its counts here.</source>
        <translation>注文 {number} はステーション {station} に残されています（停止中）。引き継ぐと、ここでそのスキャン数のまま続けられます。</translation>
    </message>
    <message>
        <source>Order {number} taken over from station {station}</source>
        <translation>注文 {number} を作業台 {station} から引き継ぎました</translation>
    </message>
    <message>
        <source>The counts of this order changed at another station: reloaded. Check the parcel.</source>
        <translation>この注文の数量が別の作業台で変更されました：再読み込みしました。荷物を確認してください。</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN</source>
        <translation>管理者PINが違います</translation>
    </message>
    <message>
        <source>Order {number} released: {state}</source>
        <translation>注文 {number} の保留を解除しました：{state}</translation>
    </message>
    <message>
        <source>Order {number} is free again: {station} no longer holds it, any station may open it</source>
        <translation>注文 {number} は解放されました：{station} はもう持っていません。どの作業台でも開けます</translation>
    </message>
    <message>
        <source>Order {number} is on no other bench: nothing to release</source>
        <translation>注文 {number} は他の作業台にありません：解放するものはありません</translation>
    </message>
    <message>
        <source>Station {station} is running with order {number}: finish or put it down there, or close that station first</source>
        <translation>作業台 {station} が注文 {number} を開いたまま動いています：そちらで完了するか置いてください。または先にその作業台を閉じてください</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>注文が開かれていません</translation>
    </message>
    <message>
        <source>Nothing to pack: every confirmed order is done or on a bench</source>
        <translation>梱包する注文はありません：確定済みの注文はすべて完了したか、どこかの作業台にあります</translation>
    </message>
    <message>
        <source>Unit code capture cancelled: scan the item again</source>
        <translation>個体コードの読み取りを中止しました：商品をもう一度スキャンしてください</translation>
    </message>
    <message>
        <source>Code {code} now belongs to {name}</source>
        <translation>コード {code} を {name} に紐付けました</translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete. Put the parcel on the scale.</source>
        <translation>梱包完了：注文 {number} 完了。荷物をはかりに載せてください。</translation>
    </message>
    <message>
        <source>Order {number} is packed: put the parcel on the scale.</source>
        <translation>注文 {number} は梱包済みです：荷物をはかりに載せてください。</translation>
    </message>
    <message>
        <source>Order {number} is packed and weighed ({weight} g). Scan the next order.</source>
        <translation>注文 {number} は梱包・計量済みです（{weight} g）。次の注文をスキャンしてください。</translation>
    </message>
    <message>
        <source>Order {number} is not weighed yet: put its parcel on the scale first, or hold it (F9).</source>
        <translation>注文 {number} はまだ計量されていません：先に荷物をはかりに載せるか、保留にしてください（F9）。</translation>
    </message>
    <message>
        <source>{check}. Order {number} is done: scan the next order.</source>
        <translation>{check}。注文 {number} 完了：次の注文をスキャンしてください。</translation>
    </message>
    <message>
        <source>Box {name} ({tare} g)</source>
        <translation>箱 {name}（{tare} g）</translation>
    </message>
    <message>
        <source>No packed order to weigh: finish scanning the items first.</source>
        <translation>計量する梱包済みの注文がありません：先に商品のスキャンを終えてください。</translation>
    </message>
    <message>
        <source>{check}. {next}</source>
        <translation>{check}。{next}</translation>
    </message>
    <message>
        <source>PACKED: order {number} is complete</source>
        <translation>梱包完了：注文 {number} 完了</translation>
    </message>
    <message>
        <source>Weight {weight} g accepted by the supervisor</source>
        <translation>重量 {weight} g を管理者が承認しました</translation>
    </message>
    <message>
        <source>GIFT: {requests}. Wrap order {number} as asked, then press F3 or scan the order number again.</source>
        <translation>ギフト：{requests}。注文 {number} を指定どおりに包装し、F3 を押すか注文番号をもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>gift wrap {wrap}</source>
        <translation>ギフト包装 {wrap}</translation>
    </message>
    <message>
        <source>noshi {noshi}</source>
        <translation>のし {noshi}</translation>
    </message>
    <message>
        <source>Order {number} asks for gift wrap or noshi: confirm it first (F3, or scan the order number).</source>
        <translation>注文 {number} はギフト包装またはのしの指定があります：先に確認してください（F3 または注文番号をスキャン）。</translation>
    </message>
    <message>
        <source>Gift wrap and noshi of order {number} confirmed</source>
        <translation>注文 {number} のギフト包装・のしを確認しました</translation>
    </message>
    <message>
        <source>No packed order is waiting for its gift wrap.</source>
        <translation>ギフト包装を待っている梱包済みの注文はありません。</translation>
    </message>
    <message>
        <source>Order {number} put down: it stays counted and resumes when scanned again</source>
        <translation>注文 {number} を保留しました：スキャン数は保持され、もう一度スキャンすると再開します</translation>
    </message>
    <message>
        <source>UNDONE: {name} {scanned} of {ordered}. Take that unit out of the parcel.</source>
        <translation>取り消し：{name} {ordered} 点中 {scanned} 点。その1点を荷物から取り出してください。</translation>
    </message>
    <message>
        <source>No counted scan of this order to undo</source>
        <translation>この注文に取り消せるスキャンはありません</translation>
    </message>
    <message>
        <source>Order {number} is weighed or labelled: its scans can no longer be undone here.</source>
        <translation>注文 {number} は計量済みまたはラベル発行済みです：ここではスキャンを取り消せません。</translation>
    </message>
    <message>
        <source>The last count was a supervisor&apos;s verification: it cannot be undone here.</source>
        <translation>最後の計数は責任者による確認です：ここでは取り消せません。</translation>
    </message>
    <message>
        <source>Order {number} goes by {carrier} {service}: scan the tracking number of its waybill (or type it, F8).</source>
        <translation>注文 {number} は {carrier} {service} で発送します：送り状の追跡番号をスキャンしてください（または入力、F8）。</translation>
    </message>
    <message>
        <source>Tracking number {tracking} ({carrier} {service}). Put the label on and scan it.</source>
        <translation>追跡番号 {tracking}（{carrier} {service}）。送り状を貼ってスキャンしてください。</translation>
    </message>
    <message>
        <source>SHIPPED: order {number}, tracking {tracking}. Scan the next order.</source>
        <translation>発送完了：注文 {number}、追跡番号 {tracking}。次の注文をスキャンしてください。</translation>
    </message>
    <message>
        <source>WRONG LABEL: {code} is not the label of order {number} (tracking {tracking}). Take it off and stick on the right one.</source>
        <translation>送り状違い：{code} は注文 {number} の送り状ではありません（追跡番号 {tracking}）。はがして正しい送り状を貼ってください。</translation>
    </message>
    <message>
        <source>Order {number} is waiting for its label scan: scan the label on the parcel first.</source>
        <translation>注文 {number} は送り状のスキャン待ちです：先に荷物の送り状をスキャンしてください。</translation>
    </message>
</context>
<context>
    <name>BenchDevices</name>
    <message>
        <source>No packed parcel is waiting for weight</source>
        <translation>計量待ちの荷物はありません</translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation>重量を承認</translation>
    </message>
    <message>
        <source>The parcel&apos;s weight is outside the tolerance. Accept it as it is?</source>
        <translation>荷物の重量が許容範囲外です。このまま承認しますか？</translation>
    </message>
    <message>
        <source>That printer is not set up: see Devices</source>
        <translation>そのプリンターは設定されていません：「機器の設定」を確認してください</translation>
    </message>
</context>
<context>
    <name>BenchDocuments</name>
    <message>
        <source>Open an order first</source>
        <translation>先に注文を開いてください</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>再印刷</translation>
    </message>
    <message>
        <source>Print the {0} of order {1} again? It is recorded as a reprint.</source>
        <translation>注文 {1} の{0}をもう一度印刷しますか？再印刷として記録されます。</translation>
    </message>
    <message>
        <source>Print the {0} of order {1} again? A supervisor approves it; it is recorded as a reprint.</source>
        <translation>注文 {1} の{0}を再印刷しますか？管理者の承認が必要で、再印刷として記録されます。</translation>
    </message>
    <message>
        <source>Not printed: {0} {1}</source>
        <translation>印刷されませんでした：{0} {1}</translation>
    </message>
</context>
<context>
    <name>CarrierDialog</name>
    <message>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>Send this parcel with another carrier or service.</source>
        <translation>この荷物を別の配送業者またはサービスで送ります。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>配送サービス</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>{file} を取り込めません：{error}</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>catalogue g</source>
        <translation>商品マスタ g</translation>
    </message>
    <message>
        <source>parcels g</source>
        <translation>実測 g</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>荷物数</translation>
    </message>
    <message>
        <source>fix the catalogue</source>
        <translation>商品マスタを修正してください</translation>
    </message>
    <message>
        <source>ship by</source>
        <translation>出荷期限</translation>
    </message>
    <message>
        <source>left</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>モール</translation>
    </message>
    <message>
        <source>order</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>items</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>ship to</source>
        <translation>送付先</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {held} on hold</source>
        <translation>確認済み {confirmed} 件、保留 {held} 件</translation>
    </message>
    <message>
        <source>The database already has orders: demo data not loaded</source>
        <translation>データベースに既に注文があります：デモデータは読み込みません</translation>
    </message>
    <message>
        <source>Scan the scanner test barcode ({code}) now:</source>
        <translation>スキャナーのテスト用バーコード（{code}）をスキャンしてください：</translation>
    </message>
    <message>
        <source>That printer is not set up at this station.</source>
        <translation>そのプリンターはこの作業台で設定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers of {carrier} added</source>
        <translation>
            <numerusform>{carrier} の番号を %n 件追加しました</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier is called {name}: use one of {carriers}.</source>
        <translation>{name} という配送業者はありません：{carriers} のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>No order with the number {code}</source>
        <translation>注文番号 {code} の注文はありません</translation>
    </message>
    <message>
        <source>Order {order} has no address: it goes with its marketplace&apos;s label, which has not come yet (the outbox fetches it once the marketplace has made it).</source>
        <translation>注文 {order} には住所がありません：マーケットプレイスのラベルで送りますが、ラベルがまだ届いていません（マーケットプレイスが作成すると送信トレイが取得します）。</translation>
    </message>
    <message>
        <source>Order {order} has no tracking number yet, so it has no waybill: pack and weigh it at the bench, where it gets its number, then make the waybill.</source>
        <translation>注文 {order} にはまだ追跡番号がないため、送り状を作れません：ベンチで梱包・計量して番号を付けてから送り状を作成してください。</translation>
    </message>
    <message>
        <source>Already printed: add --reprint to print it again.</source>
        <translation>印刷済みです：もう一度印刷するには --reprint を付けてください。</translation>
    </message>
    <message>
        <source>Supervisor PIN: </source>
        <translation>管理者 PIN: </translation>
    </message>
    <message>
        <source>Demo loaded: {products}, {orders} ({parcels}), {held}</source>
        <translation>デモを読み込みました：{products}、{orders}（{parcels}）、{held}</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>{file} に書き込めません：{error}</translation>
    </message>
    <message>
        <source>Outbox: {sent} sent, {later} to try again later, {failed} failed</source>
        <translation>送信トレイ：送信済み {sent} 件、後で再試行 {later} 件、失敗 {failed} 件</translation>
    </message>
    <message>
        <source>Message {id} is not a failed message of the outbox</source>
        <translation>メッセージ {id} は送信トレイの送信失敗メッセージではありません</translation>
    </message>
    <message>
        <source>The outbox is empty: everything went out</source>
        <translation>送信トレイは空です：すべて送信済みです</translation>
    </message>
    <message>
        <source>The Rakuten keys of {shop} are removed</source>
        <translation>{shop} の楽天キーを削除しました</translation>
    </message>
    <message>
        <source>serviceSecret: </source>
        <translation>serviceSecret: </translation>
    </message>
    <message>
        <source>Set notify.smtp_host and notify.username in the settings first: the password is the password of that login</source>
        <translation>先に設定の notify.smtp_host と notify.username を設定してください：パスワードはそのログインのパスワードです</translation>
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
        <translation>{shop} の Ozon キーを保存しました</translation>
    </message>
    <message>
        <source>The Ozon keys of {shop} are removed</source>
        <translation>{shop} の Ozon キーを削除しました</translation>
    </message>
    <message>
        <source>No Ozon keys for the shop {shop}: store them with packstation keys ozon</source>
        <translation>店舗 {shop} の Ozon キーがありません：packstation keys ozon で保存してください</translation>
    </message>
    <message>
        <source>Both keys are needed; nothing was stored</source>
        <translation>両方のキーが必要です。何も保存していません</translation>
    </message>
    <message>
        <source>The Rakuten keys of {shop} are stored</source>
        <translation>{shop} の楽天キーを保存しました</translation>
    </message>
    <message>
        <source>No Rakuten keys for the shop {shop}: store them with packstation keys rakuten</source>
        <translation>店舗 {shop} の楽天キーがありません：packstation keys rakuten で保存してください</translation>
    </message>
    <message>
        <source>Password of {user} at {host}: </source>
        <translation>{host} の {user} のパスワード: </translation>
    </message>
    <message>
        <source>No password given; nothing was stored</source>
        <translation>パスワードが入力されていません。何も保存していません</translation>
    </message>
    <message>
        <source>The mail password is stored in the keyring</source>
        <translation>メールのパスワードをキーリングに保存しました</translation>
    </message>
    <message>
        <source>{error}. Nothing was imported; the order queue is as it was.</source>
        <translation>{error}。何も取り込んでいません。注文キューは元のままです。</translation>
    </message>
    <message>
        <source>Handover {id} of {carrier} for {day}: {scanned} of {total} parcels scanned</source>
        <translation>{carrier} への引き渡し {id}（{day}）：{total} 個中 {scanned} 個スキャン済み</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels not scanned:</source>
        <translation>
            <numerusform>未スキャンの荷物 %n 個：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over; manifest {path}</source>
        <translation>
            <numerusform>引き渡しを締めました：%n 個を引き渡しました。出荷明細 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt attached: {name}</source>
        <translation>受領書を添付しました：{name}</translation>
    </message>
    <message>
        <source>The manifest is written when the handover closes: add --close.</source>
        <translation>出荷明細は引き渡しを締めるときに作成されます：--close を付けてください。</translation>
    </message>
    <message>
        <source>User {name} added ({role})</source>
        <translation>ユーザー {name} を追加しました（{role}）</translation>
    </message>
    <message>
        <source>User {name} disabled: they can no longer sign in</source>
        <translation>ユーザー {name} を無効にしました：サインインできなくなります</translation>
    </message>
    <message>
        <source>User {name} unlocked</source>
        <translation>ユーザー {name} のロックを解除しました</translation>
    </message>
    <message>
        <source>The two PINs differ: nothing changed</source>
        <translation>2 回入力した PIN が違います：何も変更していません</translation>
    </message>
    <message>
        <source>Only an admin may do this: give --admin NAME</source>
        <translation>管理者だけが実行できます：--admin 名前 を指定してください</translation>
    </message>
    <message>
        <source>{name} is not an admin</source>
        <translation>{name} は管理者ではありません</translation>
    </message>
    <message>
        <source>PIN of {name}: </source>
        <translation>{name} の PIN：</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>もう一度同じ PIN：</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>{time} までロック中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Saved {path}: orders {orders}, parcels {parcels}, events {events} (schema revision {revision})</source>
        <translation>{path} に保存しました：注文 {orders}、荷物 {parcels}、記録 {events}（スキーマ版 {revision}）</translation>
    </message>
    <message>
        <source>{path}: orders {orders}, parcels {parcels}, events {events} (schema revision {revision})</source>
        <translation>{path}：注文 {orders}、荷物 {parcels}、記録 {events}（スキーマ版 {revision}）</translation>
    </message>
    <message>
        <source>Replace the database {database} with it? [y/N] </source>
        <translation>データベース {database} をこれで置き換えますか？ [y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>何も復元していません</translation>
    </message>
    <message>
        <source>Restored {path} into {database} (schema revision {revision} now)</source>
        <translation>{path} を {database} に復元しました（現在のスキーマ版 {revision}）</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}</source>
        <translation>置き換える前のデータベースは {path} として残してあります</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>A station may start on {where}</source>
        <translation>{where} で作業台を起動できます</translation>
    </message>
    <message>
        <source>A station should not start on {where}: see FAILED above</source>
        <translation>{where} では作業台を起動しないでください：上の「失敗」を確認してください</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>The database {where} is not a file: there is nothing to back up or restore</source>
        <translation>データベース {where} はファイルではありません：バックアップや復元の対象がありません</translation>
    </message>
    <message>
        <source>There is no database at {path}</source>
        <translation>{path} にデータベースがありません</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose another file for the backup</source>
        <translation>{path} はデータベースそのものです：バックアップには別のファイルを選んでください</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {detail}</source>
        <translation>{path} のバックアップに失敗しました：{detail}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, which is not on this PC&apos;s PATH: install the PostgreSQL client tools (the server&apos;s version or newer)</source>
        <translation>PostgreSQL のデータベースは pg_dump でバックアップしますが、この PC の PATH にありません：PostgreSQL クライアントツール（サーバーと同じ版以降）をインストールしてください</translation>
    </message>
    <message>
        <source>pg_dump failed: {detail}</source>
        <translation>pg_dump が失敗しました：{detail}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore from the file pg_dump wrote, by the server&apos;s administrator, while no station runs on it</source>
        <translation>PostgreSQL のデータベースは、作業台が動いていないときに、サーバー管理者が pg_dump のファイルから pg_restore で復元します</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>{path} を読めません：{detail}</translation>
    </message>
    <message>
        <source>{path} is the database itself: nothing to restore</source>
        <translation>{path} はデータベースそのものです：復元するものはありません</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database, or it is damaged ({detail}): nothing was restored</source>
        <translation>{path} は SQLite のデータベースではないか、壊れています（{detail}）：何も復元していません</translation>
    </message>
    <message>
        <source>{path} is not a packstation database (it has no schema revision): nothing was restored</source>
        <translation>{path} は packstation のデータベースではありません（スキーマ版がありません）：何も復元していません</translation>
    </message>
    <message>
        <source>{path} was written by a newer packstation (schema revision {revision}): restore it with that one; nothing was restored</source>
        <translation>{path} は新しい packstation で書かれています（スキーマ版 {revision}）：そちらで復元してください。何も復元していません</translation>
    </message>
    <message>
        <source>Station {station} is running on this database ({holder}): close it first; nothing was restored</source>
        <translation>作業台 {station} がこのデータベースで動いています（{holder}）：先に閉じてください。何も復元していません</translation>
    </message>
    <message>
        <source>There is no database at {path}: a station started on it would begin an empty one</source>
        <translation>{path} にデータベースがありません：ここで作業台を起動すると空のデータベースで始まります</translation>
    </message>
    <message>
        <source>Connected to {where}</source>
        <translation>{where} に接続しました</translation>
    </message>
    <message>
        <source>The database has no packstation schema yet: it is set up at the station&apos;s start</source>
        <translation>データベースにはまだ packstation のスキーマがありません：作業台の起動時に作成されます</translation>
    </message>
    <message>
        <source>Schema revision {revision}, this packstation&apos;s</source>
        <translation>スキーマ版 {revision}（この packstation と同じ）</translation>
    </message>
    <message>
        <source>Schema revision {revision}, older than this packstation&apos;s {head}: it will be upgraded at start</source>
        <translation>スキーマ版 {revision} はこの packstation の {head} より古いため、起動時に更新されます</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this packstation&apos;s {head}: start the newer packstation on this database</source>
        <translation>スキーマ版 {revision} はこの packstation の {head} より新しいため、このデータベースでは新しい packstation を起動してください</translation>
    </message>
    <message>
        <source>Clock: an SQLite database runs on this PC&apos;s clock</source>
        <translation>時計：SQLite のデータベースはこの PC の時計で動きます</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s and this PC&apos;s agree within {seconds} s</source>
        <translation>時計：サーバーとこの PC の差は {seconds} 秒以内です</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s is {seconds} s ahead of this PC&apos;s; ship-by deadlines and the audit trail depend on both: set them right (NTP)</source>
        <translation>時計：サーバーがこの PC より {seconds} 秒進んでいます。出荷期限と作業記録は両方の時計に頼るので、正しく合わせてください（NTP）</translation>
    </message>
    <message>
        <source>Clock: the server&apos;s is {seconds} s behind this PC&apos;s; ship-by deadlines and the audit trail depend on both: set them right (NTP)</source>
        <translation>時計：サーバーがこの PC より {seconds} 秒遅れています。出荷期限と作業記録は両方の時計に頼るので、正しく合わせてください（NTP）</translation>
    </message>
    <message>
        <source>The database takes writes (a test transaction, rolled back)</source>
        <translation>データベースに書き込めます（テスト用のトランザクション、取り消し済み）</translation>
    </message>
    <message>
        <source>The database refuses writes: {detail}</source>
        <translation>データベースが書き込みを拒否しました：{detail}</translation>
    </message>
    <message>
        <source>Round trip: {milliseconds} ms (the median of {count} queries)</source>
        <translation>往復時間：{milliseconds} ms（{count} 回の問い合わせの中央値）</translation>
    </message>
    <message>
        <source>A query failed: {detail}</source>
        <translation>問い合わせに失敗しました：{detail}</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Unknown SKU {sku}: add it to the catalogue or fix the order</source>
        <translation>不明な SKU {sku}：商品マスタに登録するか、注文を修正してください</translation>
    </message>
    <message>
        <source>Quantity {quantity} of {sku} must be at least 1</source>
        <translation>{sku} の数量 {quantity}：1 以上にしてください</translation>
    </message>
    <message>
        <source>The shipment has no items</source>
        <translation>この出荷に商品がありません</translation>
    </message>
    <message>
        <source>Postal code “{postal}” is not NNN-NNNN</source>
        <translation>郵便番号「{postal}」が NNN-NNNN 形式ではありません</translation>
    </message>
    <message>
        <source>“{region}” is not a Japanese prefecture</source>
        <translation>「{region}」は都道府県名ではありません</translation>
    </message>
    <message>
        <source>Postal index “{postal}” is not 6 digits</source>
        <translation>郵便番号（ロシア）「{postal}」が 6 桁ではありません</translation>
    </message>
    <message>
        <source>Postal code missing</source>
        <translation>郵便番号がありません</translation>
    </message>
    <message>
        <source>Ship-to address missing</source>
        <translation>送付先住所がありません</translation>
    </message>
    <message>
        <source>Recipient name missing</source>
        <translation>送付先氏名がありません</translation>
    </message>
    <message>
        <source>Recipient phone missing</source>
        <translation>送付先電話番号がありません</translation>
    </message>
    <message>
        <source>Recipient phone “{phone}” is not a phone number</source>
        <translation>送付先電話番号「{phone}」は電話番号ではありません</translation>
    </message>
    <message>
        <source>Not enough stock of {sku}: needs {needed}, {available} available</source>
        <translation>在庫不足 {sku}：必要 {needed}、引当可能 {available}</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>{market} did not answer within {seconds} seconds</source>
        <translation>{market} が {seconds} 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>{market} cannot be reached: {detail}</source>
        <translation>{market} に接続できません：{detail}</translation>
    </message>
    <message>
        <source>{market} has had too many requests; try again in {seconds} seconds</source>
        <translation>{market} へのリクエストが多すぎます。{seconds} 秒後にもう一度お試しください</translation>
    </message>
    <message>
        <source>{market} has had too many requests; try again later</source>
        <translation>{market} へのリクエストが多すぎます。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <source>{market} has a server error (HTTP {status}); try again later</source>
        <translation>{market} でサーバーエラーが発生しています（HTTP {status}）。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <source>{market} refused the request (HTTP {status}): {detail}</source>
        <translation>{market} がリクエストを拒否しました（HTTP {status}）：{detail}</translation>
    </message>
    <message>
        <source>{market} refused the keys (HTTP 401): the license key has expired or a key is wrong; enter the current keys again</source>
        <translation>{market} がキーを拒否しました（HTTP 401）：ライセンスキーの期限切れか、キーが間違っています。現在のキーをもう一度入力してください</translation>
    </message>
    <message>
        <source>{market} refused the keys (HTTP 401): the Api-Key has expired or is wrong, or belongs to another Client-Id; enter the current keys again</source>
        <translation>{market} がキーを拒否しました（HTTP 401）：Api-Key の期限切れか誤り、または別の Client-Id のものです。現在のキーをもう一度入力してください</translation>
    </message>
    <message>
        <source>{market} has not prepared it yet ({detail}); try again in a minute</source>
        <translation>{market} はまだ準備できていません（{detail}）。1 分後にもう一度お試しください</translation>
    </message>
    <message>
        <source>{market} answered with something that is not JSON (HTTP {status})</source>
        <translation>{market} の応答が JSON ではありません（HTTP {status}）</translation>
    </message>
    <message>
        <source>{market} answered with a web page instead of data (HTTP {status})</source>
        <translation>{market} がデータではなくウェブページを返しました（HTTP {status}）</translation>
    </message>
    <message>
        <source>{market}&apos;s answer lacks {field}</source>
        <translation>{market} の応答に {field} がありません</translation>
    </message>
    <message>
        <source>{market} answered HTTP {status}</source>
        <translation>{market} の応答：HTTP {status}</translation>
    </message>
    <message>
        <source>The fetch stopped: {error}; the queue is as it was</source>
        <translation>取得が止まりました：{error}。キューは元のままです</translation>
    </message>
    <message>
        <source>No Ozon keys for the shop {shop}: store them with packstation keys ozon, then retry</source>
        <translation>店舗 {shop} の Ozon キーがありません：packstation keys ozon で保存してから再試行してください</translation>
    </message>
    <message>
        <source>Ozon has cancelled the posting {posting} ({status}): take the parcel back</source>
        <translation>Ozon が出荷 {posting} をキャンセルしました（{status}）：荷物を回収してください</translation>
    </message>
    <message>
        <source>Ozon did not take the tracking number: {detail}</source>
        <translation>Ozon が追跡番号を受け付けませんでした：{detail}</translation>
    </message>
    <message>
        <source>Ozon names no delivery method for the posting {posting}: no act can be made</source>
        <translation>Ozon が出荷 {posting} の配送方法を返しません：受け渡し書を作れません</translation>
    </message>
    <message>
        <source>Ozon did not make the act ({status}): make it in the seller cabinet</source>
        <translation>Ozon が受け渡し書を作りませんでした（{status}）：セラー管理画面で作成してください</translation>
    </message>
    <message>
        <source>Ozon is making the act</source>
        <translation>Ozon が受け渡し書を作成中です</translation>
    </message>
    <message>
        <source>Ozon did not take the marks of the posting {posting}</source>
        <translation>Ozon が出荷 {posting} のマーキングコードを受け付けませんでした</translation>
    </message>
    <message>
        <source>No Rakuten keys for the shop {shop}: store them with packstation keys rakuten, then retry</source>
        <translation>店舗 {shop} の楽天キーがありません：packstation keys rakuten で保存してから再試行してください</translation>
    </message>
    <message>
        <source>Rakuten RMS does not know the order {order}</source>
        <translation>楽天 RMS に注文 {order} がありません</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>注文 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>荷物 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels on hold</source>
        <translation>
            <numerusform>保留中の荷物 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>商品 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products added</source>
        <translation>
            <numerusform>商品追加 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>エラー行 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No keyring is available to keep the marketplace keys. Install and start a Secret Service such as gnome-keyring (or KWallet, or KeePassXC with its Secret Service integration on) and log in again; on Windows the keys go to the Credential Manager. Packstation does not write the keys to a file.</source>
        <translation>マーケットプレイスのキーを保管するキーリングがありません。gnome-keyring などの Secret Service（または KWallet、Secret Service 連携を有効にした KeePassXC）をインストールして起動し、ログインし直してください。Windows ではキーは資格情報マネージャーに保存されます。Packstation はキーをファイルに書き込みません。</translation>
    </message>
    <message>
        <source>The keyring did not answer ({detail}); unlock it and try again</source>
        <translation>キーリングが応答しませんでした（{detail}）。ロックを解除してもう一度お試しください</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Devices</source>
        <translation>機器の設定</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>はかり</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>納品書プリンター</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>ラベルプリンター</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Scale</source>
        <translation>はかり</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>シリアルスキャナー</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>納品書プリンター</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>ラベルプリンター</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>再起動中…</translation>
    </message>
    <message>
        <source>The scale reads {weight} g, stable.</source>
        <translation>はかりの表示は {weight} g（安定）です。</translation>
    </message>
    <message>
        <source>{state}: {advice}</source>
        <translation>{state}：{advice}</translation>
    </message>
    <message>
        <source>Choose the port or address first.</source>
        <translation>先にポートまたはアドレスを選んでください。</translation>
    </message>
    <message>
        <source>Printed: {job}</source>
        <translation>印刷しました：{job}</translation>
    </message>
    <message>
        <source>Sent: {job}. {reason}</source>
        <translation>送信しました：{job}。{reason}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>印刷されませんでした：{reason}</translation>
    </message>
    <message>
        <source>sends without status</source>
        <translation>ステータス確認なし</translation>
    </message>
    <message>
        <source>test page</source>
        <translation>テストページ</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>用紙残りわずか</translation>
    </message>
    <message>
        <source>The printer&apos;s paper is nearly out: have a new roll ready and load it soon.</source>
        <translation>プリンターの用紙がもうすぐなくなります：新しいロールを用意して、早めに交換してください。</translation>
    </message>
    <message>
        <source>Scanner check: scan this code in the self-test</source>
        <translation>スキャナー確認：自己診断でこのコードをスキャンしてください</translation>
    </message>
    <message>
        <source>{weight} g</source>
        <translation>{weight} g</translation>
    </message>
    <message>
        <source>{weight} g, settling…</source>
        <translation>{weight} g、安定待ち…</translation>
    </message>
    <message>
        <source>The scale has no stable weight: let the parcel settle, or enter it (Shift+F6)</source>
        <translation>はかりの重量が安定していません：荷物が静止するまで待つか、重量を入力してください（Shift+F6）</translation>
    </message>
    <message>
        <source>Put the parcel of order {number} on the scale.</source>
        <translation>注文 {number} の荷物をはかりに載せてください。</translation>
    </message>
    <message>
        <source>TAKE THE PARCEL OFF THE SCALE: it is order {previous}&apos;s. Then put the parcel of order {number} on it.</source>
        <translation>はかりから荷物を降ろしてください：注文 {previous} の荷物です。その後、注文 {number} の荷物を載せてください。</translation>
    </message>
    <message>
        <source>TAKE THE PARCEL OFF THE SCALE: it was there before the bench started. Then put the parcel of order {number} on it.</source>
        <translation>はかりから荷物を降ろしてください：作業開始前から載っていたものです。その後、注文 {number} の荷物を載せてください。</translation>
    </message>
    <message>
        <source>The scale is clear. Now put the parcel of order {number} on it.</source>
        <translation>はかりが空になりました。注文 {number} の荷物を載せてください。</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The scanner&apos;s port is gone: check its cable. It reconnects by itself when it is back.</source>
        <translation>スキャナーのポートが見つかりません：ケーブルを確認してください。ポートが戻ると自動的に再接続します。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Supervisor</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>管理者PIN</translation>
    </message>
    <message>
        <source>Badge scanned</source>
        <translation>バッジを読み取りました</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>packing slip</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>waybill</source>
        <translation>送り状</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <source>changed by an import</source>
        <translation>取込で変更</translation>
    </message>
    <message>
        <source>state changed</source>
        <translation>状態変更</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>quantity typed in</source>
        <translation>数量入力</translation>
    </message>
    <message>
        <source>verified without scan</source>
        <translation>スキャンなしで確認</translation>
    </message>
    <message>
        <source>barcode taught</source>
        <translation>バーコード登録</translation>
    </message>
    <message>
        <source>taken over from another station</source>
        <translation>他のステーションから引継ぎ</translation>
    </message>
    <message>
        <source>released from a left station</source>
        <translation>離れたステーションから解放</translation>
    </message>
    <message>
        <source>box</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>計量</translation>
    </message>
    <message>
        <source>weight accepted</source>
        <translation>重量を承認</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>ラベル確認</translation>
    </message>
    <message>
        <source>gift wrap done</source>
        <translation>ギフト包装済み</translation>
    </message>
    <message>
        <source>scan undone</source>
        <translation>スキャン取消</translation>
    </message>
    <message>
        <source>parcel split</source>
        <translation>荷物分割</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>引渡し</translation>
    </message>
    <message>
        <source>scanned at a handover</source>
        <translation>引渡しでスキャン</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>引渡し済み</translation>
    </message>
    <message>
        <source>approved by a supervisor</source>
        <translation>管理者が承認</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Order {order} already has tracking number {tracking}: not exported</source>
        <translation>注文 {order} にはすでに追跡番号 {tracking} があるため、出力しませんでした</translation>
    </message>
    <message>
        <source>Line {line}: no parcel {order} here</source>
        <translation>行 {line}：荷物 {order} はここにはありません</translation>
    </message>
    <message>
        <source>Line {line}, order {order}: {reason}</source>
        <translation>行 {line}、注文 {order}：{reason}</translation>
    </message>
    <message>
        <source>Line {line}: tracking number {tracking} is already on order {other}: not given to {order}</source>
        <translation>行 {line}：追跡番号 {tracking} はすでに注文 {other} に付いているため、注文 {order} には付けませんでした</translation>
    </message>
    <message>
        <source>Line {line}: order {order} already has tracking number {tracking}: {new} not taken</source>
        <translation>行 {line}：注文 {order} にはすでに追跡番号 {tracking} があるため、{new} は取り込みませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels written to {file}</source>
        <translation>
            <numerusform>荷物 %n 個を {file} に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers stored, {unchanged} already there, from {file}</source>
        <translation>
            <numerusform>{file} から追跡番号を %n 件保存しました（登録済み {unchanged} 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {order}: cash on delivery without an amount to collect, not exported</source>
        <translation>注文 {order}：代金引換ですが代引金額がないため、出力しませんでした</translation>
    </message>
    <message>
        <source>Order {order}: no delivery address, not exported</source>
        <translation>注文 {order}：お届け先住所がないため、出力しませんでした</translation>
    </message>
    <message>
        <source>Order {order}: postal code “{postal}” is not 7 digits, not exported</source>
        <translation>注文 {order}：郵便番号「{postal}」が 7 桁ではないため、出力しませんでした</translation>
    </message>
    <message>
        <source>Order {order}: the shop&apos;s postal code “{postal}” is not 7 digits (settings), not exported</source>
        <translation>注文 {order}：ショップの郵便番号「{postal}」（設定）が 7 桁ではないため、出力しませんでした</translation>
    </message>
    <message>
        <source>Order {order}: no phone number to deliver to, not exported</source>
        <translation>注文 {order}：お届け先の電話番号がないため、出力しませんでした</translation>
    </message>
    <message>
        <source>Order {order}: “{character}” cannot be written in Shift_JIS, not exported</source>
        <translation>注文 {order}：「{character}」は Shift_JIS で書き出せないため、出力しませんでした</translation>
    </message>
    <message>
        <source>Order {order}: the carrier has no delivery time slot “{slot}”: exported without one</source>
        <translation>注文 {order}：配送業者に配達時間帯「{slot}」がないため、時間帯指定なしで出力しました</translation>
    </message>
    <message>
        <source>Line {line}: no order reference</source>
        <translation>行 {line}：注文番号がありません</translation>
    </message>
    <message>
        <source>Line {line}: order {order} has no tracking number</source>
        <translation>行 {line}：注文 {order} に追跡番号がありません</translation>
    </message>
    <message>
        <source>Line {line} has {found} columns: this is not a {format} file</source>
        <translation>行 {line} は {found} 列です：{format} のファイルではありません</translation>
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
        <translation>{0} {1}：新規 {2} 件、変更 {3} 件</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This handover was closed at {time}: open a new one for the next pickup.</source>
        <translation>この引き渡しは {time} に締められました：次の集荷には新しい引き渡しを開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned: close only if they stay for the next pickup.</source>
        <translation>
            <numerusform>リストの荷物 %n 個が未スキャンです：次の集荷に回す場合だけ締めてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not a scan or a photo: attach a PDF, JPEG, PNG, TIFF, WebP or HEIC file.</source>
        <translation>{file} はスキャンや写真ではありません：PDF、JPEG、PNG、TIFF、WebP、HEIC のファイルを添付してください。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>{file} を読めません：{error}</translation>
    </message>
    <message numerus="yes">
        <source>{message} All %n parcels are scanned: close the handover.</source>
        <translation>
            <numerusform>{message} %n 個すべてスキャンしました：引き渡しを締めてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no handover {id}.</source>
        <translation>引き渡し {id} はありません。</translation>
    </message>
    <message>
        <source>Handed over: order {number}, tracking {tracking}.</source>
        <translation>引き渡し済み：注文 {number}、追跡番号 {tracking}。</translation>
    </message>
    <message>
        <source>SCANNED TWICE: order {number} was scanned at {time} by {operator} ({station}). It counts once; scan the next parcel.</source>
        <translation>二重スキャン：注文 {number} は {time} に {operator}（{station}）がスキャン済みです。1 回として数えます。次の荷物をスキャンしてください。</translation>
    </message>
    <message>
        <source>STOP: order {number} is cancelled. Keep the parcel back, it does not go.</source>
        <translation>ストップ：注文 {number} はキャンセルされています。荷物は渡さずに取り置いてください。</translation>
    </message>
    <message>
        <source>STOP: order {number} goes by {other}, not {carrier}. Put it with the {other} parcels.</source>
        <translation>ストップ：注文 {number} は {carrier} ではなく {other} で送ります。{other} の荷物と一緒にしてください。</translation>
    </message>
    <message>
        <source>STOP: order {number} was handed over already, on {time}. Keep it apart.</source>
        <translation>ストップ：注文 {number} は {time} にすでに引き渡し済みです。別にしておいてください。</translation>
    </message>
    <message>
        <source>STOP: order {number} is {state}, not shipped: its label was never confirmed. Take it back to the bench.</source>
        <translation>ストップ：注文 {number} は「{state}」で、出荷済みではありません：送り状が確認されていません。作業台に戻してください。</translation>
    </message>
    <message>
        <source>STOP: order {number} shipped on {shipped}; it is not on the list of {day}.</source>
        <translation>ストップ：注文 {number} は {shipped} に出荷されました。{day} のリストにはありません。</translation>
    </message>
    <message>
        <source>STOP: {code} is no parcel of any order. Scan the tracking number on its waybill.</source>
        <translation>ストップ：{code} はどの注文の荷物でもありません。送り状の追跡番号をスキャンしてください。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>引き渡し</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>開始・再開</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>Pickup day</source>
        <translation>集荷日</translation>
    </message>
    <message>
        <source>Choose the carrier and the day, then start the handover.</source>
        <translation>配送業者と日付を選び、引き渡しを開始してください。</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s waybill or label (or type it, Enter)</source>
        <translation>各荷物の送り状またはラベルをスキャン（または入力して Enter）</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>引き渡しを締める</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>受領書を添付…</translation>
    </message>
    <message>
        <source>Save manifest…</source>
        <translation>出荷明細を保存…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>This handover is closed.</source>
        <translation>この引き渡しは締められています。</translation>
    </message>
    <message>
        <source>No parcel of {0} is waiting for this day.</source>
        <translation>この日に {0} で待っている荷物はありません。</translation>
    </message>
    <message>
        <source>Handover to {0}: scan each parcel.</source>
        <translation>{0} への引き渡し：荷物を 1 つずつスキャンしてください。</translation>
    </message>
    <message>
        <source>{0} of {1} handed over</source>
        <translation>{1} 個中 {0} 個引き渡し済み</translation>
    </message>
    <message>
        <source>Start the handover first: choose the carrier and the day.</source>
        <translation>先に引き渡しを開始してください：配送業者と日付を選びます。</translation>
    </message>
    <message>
        <source>Parcels missing</source>
        <translation>未スキャンの荷物</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned:</source>
        <translation>
            <numerusform>リストの荷物 %n 個が未スキャンです：</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway? They stay on the list of the next handover.</source>
        <translation>それでも締めますか？未スキャンの荷物は次の引き渡しのリストに残ります。</translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over. Manifest: {0}</source>
        <translation>
            <numerusform>引き渡しを締めました：%n 個を引き渡しました。出荷明細：{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest is printed: have it signed.</source>
        <translation>出荷明細を印刷しました：署名をもらってください。</translation>
    </message>
    <message>
        <source>The manifest did not print ({0}): save it and print it elsewhere.</source>
        <translation>出荷明細を印刷できませんでした（{0}）：保存して別のプリンターで印刷してください。</translation>
    </message>
    <message>
        <source>Handover manifest</source>
        <translation>出荷明細</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Manifest saved to {0}</source>
        <translation>出荷明細を {0} に保存しました</translation>
    </message>
    <message>
        <source>Attach the signed receipt</source>
        <translation>署名済みの受領書を添付</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.png *.tif *.webp *.heic);;All files (*)</source>
        <translation>スキャンと写真 (*.pdf *.jpg *.png *.tif *.webp *.heic);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Receipt attached: {0}</source>
        <translation>受領書を添付しました：{0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of order {0}</source>
        <translation>注文 {0} の履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>作業台</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>帳票</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>部数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>(reprint)</source>
        <translation>（再印刷）</translation>
    </message>
    <message>
        <source>Reprint waybill (supervisor)…</source>
        <translation>送り状を再印刷（管理者）…</translation>
    </message>
    <message>
        <source>Reprint packing slip…</source>
        <translation>納品書を再印刷…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>作業の記録</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>印刷した帳票</translation>
    </message>
</context>
<context>
    <name>Hold</name>
    <message>
        <source>The marketplace status is “{status}”: wait until it is settled</source>
        <translation>モールのステータスが「{status}」です：確定するまで待ってください</translation>
    </message>
    <message>
        <source>The marketplace says “{status}” but the bench has not shipped it: check before packing</source>
        <translation>モールでは「{status}」ですが、まだ出荷していません：梱包前に確認してください</translation>
    </message>
    <message>
        <source>The order changed while it was being packed: check the parcel against the new items</source>
        <translation>梱包中に注文が変更されました：荷物を新しい商品内容と照合してください</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>Backorder: waiting for stock</source>
        <translation>入荷待ち（残り分）：在庫の入荷を待っています</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Barcode {code} already belongs to SKU {sku}; not linked to {new}</source>
        <translation>バーコード {code} は既に SKU {sku} に紐付いています。{new} には紐付けません</translation>
    </message>
    <message>
        <source>{file}: {created}, {updated} updated, {errors}</source>
        <translation>{file}：{created}、更新 {updated} 件、{errors}</translation>
    </message>
    <message>
        <source>{number}: the file changes an order that is already {state}; the change was not applied</source>
        <translation>{number}：既に「{state}」の注文をファイルが変更しています。変更は反映していません</translation>
    </message>
    <message>
        <source>{number}: the marketplace cancelled an order that is already {state}: stop the parcel</source>
        <translation>{number}：既に「{state}」の注文をモールがキャンセルしました：荷物を止めてください</translation>
    </message>
    <message>
        <source>{number}: the file changes an order already split into parcels; the change was not applied and its open parcels are on hold: check them</source>
        <translation>{number}：ファイルが、すでに複数の荷物に分けた注文を変更しています。変更は反映せず、未出荷の荷物を保留にしました：確認してください</translation>
    </message>
    <message>
        <source>The marketplace removed this destination from the order</source>
        <translation>モールがこの送付先を注文から削除しました</translation>
    </message>
    <message>
        <source>{file}: {new} new, {changed} changed, {unchanged} unchanged, {held} on hold, {errors}</source>
        <translation>{file}：新規 {new} 件、変更 {changed} 件、変更なし {unchanged} 件、保留 {held} 件、{errors}</translation>
    </message>
    <message>
        <source>The product name is missing</source>
        <translation>商品名がありません</translation>
    </message>
    <message>
        <source>SKU {sku} is already on line {line}</source>
        <translation>SKU {sku} は既に {line} 行目にあります</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number of grams</source>
        <translation>{column}「{value}」はグラム単位の整数ではありません</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number of millimetres above 0</source>
        <translation>{column}「{value}」は 0 より大きいミリメートルの整数ではありません</translation>
    </message>
    <message>
        <source>A box&apos;s size needs all of length_mm, width_mm and height_mm, or none of them</source>
        <translation>箱のサイズには length_mm、width_mm、height_mm のすべてが必要です（またはすべて空欄）</translation>
    </message>
    <message>
        <source>{column} “{value}” is not “serial”, “lot” or “mark”</source>
        <translation>{column}「{value}」は serial・lot・mark のいずれでもありません</translation>
    </message>
    <message>
        <source>“{value}” is not a barcode</source>
        <translation>「{value}」はバーコードではありません</translation>
    </message>
    <message>
        <source>Barcode {code} has a wrong check digit</source>
        <translation>バーコード {code} のチェックデジットが違います</translation>
    </message>
    <message>
        <source>Pack quantity “{value}” of barcode {code} is not a whole number of at least 1</source>
        <translation>バーコード {code} の入数「{value}」が 1 以上の整数ではありません</translation>
    </message>
    <message>
        <source>Case barcode {code} has no pack quantity: write {code}*12 for a case of 12</source>
        <translation>ケースバーコード {code} に入数がありません：12 個入りなら {code}*12 と書いてください</translation>
    </message>
    <message>
        <source>Barcode {code} is given with pack quantities {first} and {second}</source>
        <translation>バーコード {code} に入数 {first} と {second} の両方が指定されています</translation>
    </message>
    <message>
        <source>Order {order} was not imported because of the errors above</source>
        <translation>上記のエラーのため、注文 {order} は取り込まれませんでした</translation>
    </message>
    <message>
        <source>Rows of order {order} are not together; sort the file by order number</source>
        <translation>注文 {order} の行が連続していません。ファイルを注文番号順に並べ替えてください</translation>
    </message>
    <message>
        <source>The order number is missing</source>
        <translation>注文番号がありません</translation>
    </message>
    <message>
        <source>The SKU is missing</source>
        <translation>SKU がありません</translation>
    </message>
    <message>
        <source>The row has {found} columns, the header has {expected}</source>
        <translation>この行は {found} 列ですが、ヘッダーは {expected} 列です</translation>
    </message>
    <message>
        <source>The row cannot be read: {detail}</source>
        <translation>行を読み取れません：{detail}</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number</source>
        <translation>{column}「{value}」は整数ではありません</translation>
    </message>
    <message>
        <source>{column} “{value}” is not an amount</source>
        <translation>{column}「{value}」は金額ではありません</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date and time</source>
        <translation>{column}「{value}」は日時ではありません</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <translation>{column} が空です</translation>
    </message>
    <message>
        <source>{column} has an unexpected value “{value}”</source>
        <translation>{column} の値「{value}」は想定外です</translation>
    </message>
    <message>
        <source>The record is not a JSON object</source>
        <translation>レコードが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>{file} is not JSON: {detail}</source>
        <translation>{file} は JSON ではありません：{detail}</translation>
    </message>
    <message>
        <source>{file} does not hold {format} orders</source>
        <translation>{file} に {format} の注文が含まれていません</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a date</source>
        <translation>{column}「{value}」は日付ではありません</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a tax rate</source>
        <translation>{column}「{value}」は税率ではありません</translation>
    </message>
    <message>
        <source>{column} “{value}” is not yes or no (1/0, true/false, yes/no)</source>
        <translation>{column}「{value}」は はい/いいえ ではありません（1/0、true/false、yes/no）</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} は空です</translation>
    </message>
    <message>
        <source>{file} lacks the columns: {columns}</source>
        <translation>{file} に列がありません：{columns}</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text (at byte {offset})</source>
        <translation>{file} は {encoding} のテキストではありません（{offset} バイト目）</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text (at byte {offset}); import files are UTF-8, Shift_JIS (cp932) for Rakuten or Windows-1251 for Ozon</source>
        <translation>{file} は {encoding} のテキストではありません（{offset} バイト目）。取り込めるファイルは UTF-8、楽天は Shift_JIS（cp932）、Ozon は Windows-1251 です</translation>
    </message>
    <message>
        <source>Unknown import format “{format}”; use one of {known}</source>
        <translation>不明な取り込み形式「{format}」です。次のいずれかを使ってください：{known}</translation>
    </message>
    <message>
        <source>{file} is JSON, but neither a Rakuten getOrder nor an Ozon postings response</source>
        <translation>{file} は JSON ですが、楽天 getOrder の応答でも Ozon postings の応答でもありません</translation>
    </message>
    <message>
        <source>A column map is only for the generic format, not for {format}</source>
        <translation>列マッピングは汎用形式専用です（{format} には使えません）</translation>
    </message>
    <message>
        <source>Column map {file}: {problem}</source>
        <translation>列マッピング {file}：{problem}</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown settings {keys} (known: {known})</source>
        <translation>不明な設定 {keys}（有効な設定：{known}）</translation>
    </message>
    <message>
        <source>unknown fields {fields} in “columns”</source>
        <translation>「columns」に不明な項目 {fields} があります</translation>
    </message>
    <message>
        <source>“{key}” must be text</source>
        <translation>「{key}」は文字列にしてください</translation>
    </message>
    <message>
        <source>the delimiter must be one character</source>
        <translation>区切り文字は 1 文字にしてください</translation>
    </message>
    <message>
        <source>unknown encoding “{encoding}”</source>
        <translation>不明な文字コード「{encoding}」</translation>
    </message>
    <message>
        <source>the timezone must be an offset such as +09:00, or UTC</source>
        <translation>タイムゾーンは +09:00 のようなオフセットか UTC にしてください</translation>
    </message>
    <message>
        <source>{column} “{value}” is not “rakuten”, “ozon” or “other”</source>
        <translation>{column}「{value}」は rakuten・ozon・other のいずれでもありません</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters: “{value}”</source>
        <translation>{field}が {limit} 文字を超えています：「{value}」</translation>
    </message>
    <message>
        <source>{field} holds a NUL character: the file is damaged or not text</source>
        <translation>{field}に NUL 文字があります：ファイルが壊れているか、テキストではありません</translation>
    </message>
    <message>
        <source>{field} {value} is not between {low} and {high}</source>
        <translation>{field} {value} が {low}～{high} の範囲外です</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>The buyer&apos;s note</source>
        <translation>購入者の備考</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>The shipment</source>
        <translation>配送先</translation>
    </message>
    <message>
        <source>The marketplace status</source>
        <translation>モールのステータス</translation>
    </message>
    <message>
        <source>The delivery time slot</source>
        <translation>お届け時間帯</translation>
    </message>
    <message>
        <source>The gift wrapping</source>
        <translation>ギフト包装</translation>
    </message>
    <message>
        <source>The noshi</source>
        <translation>のし</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>The parcel&apos;s barcode</source>
        <translation>荷物のバーコード</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>The item name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>The item&apos;s variant</source>
        <translation>商品のバリエーション</translation>
    </message>
    <message>
        <source>The marketplace&apos;s SKU</source>
        <translation>モールの SKU</translation>
    </message>
    <message>
        <source>The quantity of {sku}</source>
        <translation>{sku} の数量</translation>
    </message>
    <message>
        <source>The unit price of {sku}</source>
        <translation>{sku} の単価</translation>
    </message>
    <message>
        <source>The tax rate of {sku}</source>
        <translation>{sku} の税率</translation>
    </message>
    <message>
        <source>The shipping fee</source>
        <translation>送料</translation>
    </message>
    <message>
        <source>The order total</source>
        <translation>注文合計</translation>
    </message>
    <message>
        <source>The order time</source>
        <translation>注文日時</translation>
    </message>
    <message>
        <source>The ship-by time</source>
        <translation>出荷期限</translation>
    </message>
    <message>
        <source>The delivery date</source>
        <translation>お届け日</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported: import it again</source>
        <translation>{file} は取り込み中に変更されました。もう一度取り込んでください</translation>
    </message>
</context>
<context>
    <name>Label printer</name>
    <message>
        <source>The label is {label_width} × {label_height} mm but the printer holds {media_width} × {media_height} mm labels. Change the media settings of the label printer or choose a layout for this label size.</source>
        <translation>ラベルは {label_width} × {label_height} mm ですが、プリンターにセットされているのは {media_width} × {media_height} mm のラベルです。ラベルプリンターの用紙設定を変更するか、このラベルサイズに合うレイアウトを選んでください。</translation>
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
        <translation>注文数</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>スキャン数</translation>
    </message>
    <message>
        <source>FRAGILE</source>
        <translation>割れ物</translation>
    </message>
    <message>
        <source>serial number per unit</source>
        <translation>1 点ごとにシリアル番号</translation>
    </message>
    <message>
        <source>lot per unit</source>
        <translation>1 点ごとにロット番号</translation>
    </message>
    <message>
        <source>Честный ЗНАК mark per unit</source>
        <translation>1 点ごとに Честный ЗНАК（ロシアの製品マーキング）コード</translation>
    </message>
    <message>
        <source>no barcode on file</source>
        <translation>バーコード未登録</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>注文を取り込む…</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>商品マスタを取り込む…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>機器の設定…</translation>
    </message>
    <message>
        <source>Shop and documents…</source>
        <translation>ショップと帳票…</translation>
    </message>
    <message>
        <source>Marketplace connections…</source>
        <translation>マーケットプレイス接続…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>注文(&amp;O)</translation>
    </message>
    <message>
        <source>Next order by deadline</source>
        <translation>期限が最も近い次の注文</translation>
    </message>
    <message>
        <source>Refresh queue</source>
        <translation>一覧を更新</translation>
    </message>
    <message>
        <source>Open selected order</source>
        <translation>選択した注文を開く</translation>
    </message>
    <message>
        <source>Check held orders again</source>
        <translation>保留中の注文を再チェック</translation>
    </message>
    <message>
        <source>Order history…</source>
        <translation>注文の履歴…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>監査ログ…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>送信トレイ…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>引き渡し…</translation>
    </message>
    <message>
        <source>Handover manifest…</source>
        <translation>集荷引渡書…</translation>
    </message>
    <message>
        <source>Put order on hold…</source>
        <translation>注文を保留にする…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>保留を解除…</translation>
    </message>
    <message>
        <source>Release a left station&apos;s order…</source>
        <translation>放置された作業台の注文を解放…</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>梱包(&amp;P)</translation>
    </message>
    <message>
        <source>Enter quantity…</source>
        <translation>数量を入力…</translation>
    </message>
    <message>
        <source>Verify without scan (supervisor)…</source>
        <translation>スキャンなしで検品（管理者）…</translation>
    </message>
    <message>
        <source>Cancel serial or lot capture</source>
        <translation>シリアル・ロットの読み取りを中止</translation>
    </message>
    <message>
        <source>Put order down</source>
        <translation>注文を中断</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>最後のスキャンを取り消す</translation>
    </message>
    <message>
        <source>Gift wrap and noshi done</source>
        <translation>ギフト包装・のし完了</translation>
    </message>
    <message>
        <source>Close this parcel</source>
        <translation>この荷物を締める</translation>
    </message>
    <message>
        <source>Ship what is here (backorder the rest)</source>
        <translation>ある分だけ出荷（残りは入荷待ち）</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>機器(&amp;D)</translation>
    </message>
    <message>
        <source>Self-test…</source>
        <translation>自己診断…</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>テストページを印刷</translation>
    </message>
    <message>
        <source>Print test label</source>
        <translation>テストラベルを印刷</translation>
    </message>
    <message>
        <source>Zero the scale</source>
        <translation>はかりのゼロ合わせ</translation>
    </message>
    <message>
        <source>Take weight</source>
        <translation>重量を記録</translation>
    </message>
    <message>
        <source>Enter weight…</source>
        <translation>重量を入力…</translation>
    </message>
    <message>
        <source>Accept weight (supervisor)…</source>
        <translation>重量を承認（管理者）…</translation>
    </message>
    <message>
        <source>Enter tracking number…</source>
        <translation>追跡番号を入力…</translation>
    </message>
    <message>
        <source>Choose carrier…</source>
        <translation>配送業者を選択…</translation>
    </message>
    <message>
        <source>Reprint packing slip…</source>
        <translation>納品書を再印刷…</translation>
    </message>
    <message>
        <source>A dialog is open: finish it, then scan again</source>
        <translation>ダイアログが開いています：閉じてから再度スキャンしてください</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Nothing was lost; try again.</source>
        <translation>エラーが発生しました：{0}。データは失われていません。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>{0} ({1}) in the list</source>
        <translation>一覧に{0}（{1}）</translation>
    </message>
    <message>
        <source>Select the order in the queue first</source>
        <translation>先に一覧で注文を選んでください</translation>
    </message>
    <message>
        <source>Release a left station&apos;s order</source>
        <translation>放置された作業台の注文を解放</translation>
    </message>
    <message>
        <source>The order stays as counted, and any station may open it.</source>
        <translation>数えた数はそのまま残り、どの作業台でも開けるようになります。</translation>
    </message>
    <message numerus="yes">
        <source>Manifest of %n parcels saved to {0}</source>
        <translation>
            <numerusform>%n 個の荷物の引渡書を {0} に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked again: {0} confirmed, {1} still on hold</source>
        <translation>再チェック完了：確認済み {0} 件、保留のまま {1} 件</translation>
    </message>
    <message>
        <source>Reprint waybill (supervisor)…</source>
        <translation>送り状を再印刷（管理者）…</translation>
    </message>
    <message>
        <source>Open an order first</source>
        <translation>先に注文を開いてください</translation>
    </message>
    <message>
        <source>Take over?</source>
        <translation>引き継ぎますか？</translation>
    </message>
    <message>
        <source>Take this order over at this station?</source>
        <translation>この注文をこの作業台で引き継ぎますか？</translation>
    </message>
    <message>
        <source>Put order on hold</source>
        <translation>注文を保留</translation>
    </message>
    <message>
        <source>Order {0} goes on hold; what is scanned stays counted.</source>
        <translation>注文 {0} を保留にします。スキャン済みの数は保持されます。</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>保留を解除</translation>
    </message>
    <message>
        <source>Lift every hold of this order. The checks run again.</source>
        <translation>この注文の保留をすべて解除します。チェックを再実行します。</translation>
    </message>
    <message>
        <source>Handover manifest</source>
        <translation>集荷引渡書</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Open or select an order first</source>
        <translation>先に注文を開くか選択してください</translation>
    </message>
    <message>
        <source>Finish packing the order first</source>
        <translation>先に注文の梱包を完了してください</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>The waybill&apos;s tracking number:</source>
        <translation>送り状の追跡番号：</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>注文の取り込み</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.txt);;All files (*)</source>
        <translation>注文ファイル (*.csv *.json *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing orders…</source>
        <translation>注文を取り込み中…</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>商品マスタの取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing catalogue…</source>
        <translation>商品マスタを取り込み中…</translation>
    </message>
    <message>
        <source>The file could not be imported: {0}</source>
        <translation>ファイルを取り込めませんでした：{0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新しい言語は次回の起動から使われます。</translation>
    </message>
</context>
<context>
    <name>MarketplacesDialog</name>
    <message>
        <source>Marketplace connections</source>
        <translation>マーケットプレイス接続</translation>
    </message>
    <message>
        <source>Rakuten RMS (RakutenPayOrderAPI)</source>
        <translation>楽天 RMS（楽天ペイ受注API）</translation>
    </message>
    <message>
        <source>Ozon Seller API (FBS, rFBS)</source>
        <translation>Ozon Seller API（FBS、rFBS）</translation>
    </message>
    <message>
        <source>The keys go to the system keyring; packstation never writes them to a file.</source>
        <translation>キーはシステムのキーリングに保存されます。packstation がキーをファイルに書き込むことはありません。</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>梱包中</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>梱包済み</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配達済み</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>配送トラブル</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>返品</translation>
    </message>
    <message>
        <source>shipped, confirmation pending</source>
        <translation>出荷済み・連携待ち</translation>
    </message>
    <message>
        <source>An order that is {source} cannot become {target}.</source>
        <translation>「{source}」の注文は「{target}」にできません。</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Retry the selected message</source>
        <translation>選択したメッセージを再送信</translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed</source>
        <translation>待機中 {0} 件、失敗 {1} 件</translation>
    </message>
    <message>
        <source>Only a failed message is retried; the others go by themselves.</source>
        <translation>再送信できるのは送信に失敗したメッセージだけです。それ以外は自動で送信されます。</translation>
    </message>
    <message>
        <source>Mail to the buyer</source>
        <translation>購入者へのメール</translation>
    </message>
    <message>
        <source>Tracking number to Rakuten</source>
        <translation>楽天への追跡番号</translation>
    </message>
    <message>
        <source>Order confirmed in Rakuten</source>
        <translation>楽天での注文確認</translation>
    </message>
    <message>
        <source>Parcel packed in Ozon</source>
        <translation>Ozon での梱包完了</translation>
    </message>
    <message>
        <source>Tracking number to Ozon</source>
        <translation>Ozon への追跡番号</translation>
    </message>
    <message>
        <source>Handover act from Ozon</source>
        <translation>Ozon の受け渡し書</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Outbox: cannot send ({0})</source>
        <translation>送信トレイ：送信できません（{0}）</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting, {1} failed (Orders ▸ Outbox)</source>
        <translation>送信トレイ：待機中 {0} 件、失敗 {1} 件（注文 ▸ 送信トレイ）</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting</source>
        <translation>送信トレイ：待機中 {0} 件</translation>
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
        <translation>{name}：{pack} 入りケース、{scanned} / {ordered}</translation>
    </message>
    <message>
        <source>{name}: now scan this unit&apos;s serial number</source>
        <translation>{name}：この商品のシリアル番号をスキャンしてください</translation>
    </message>
    <message>
        <source>{name}: now scan this unit&apos;s lot number</source>
        <translation>{name}：この商品のロット番号をスキャンしてください</translation>
    </message>
    <message>
        <source>Same code read twice: counted once</source>
        <translation>同じコードを二重読み取り：1 回だけ数えました</translation>
    </message>
    <message>
        <source>Unknown code {code}: link it to an item of this order?</source>
        <translation>不明なコード {code}：この注文の商品に紐付けますか？</translation>
    </message>
    <message>
        <source>WRONG ITEM: {name} ({sku}) is not in this order. Put it back.</source>
        <translation>商品違い：{name}（{sku}）はこの注文にありません。戻してください。</translation>
    </message>
    <message numerus="yes">
        <source>ONE TOO MANY: {name}: the order asks for %n and all %n are already in. Take this one out.</source>
        <translation>
            <numerusform>数量超過：{name} は %n 点で、すべて入っています。1 点取り出してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>TOO MANY: a case of {pack} {name}, but only {open} still open. Open the case and scan single units.</source>
        <translation>ケース数量超過：{name} の {pack} 入りケースですが、残りは {open} 点だけです。ケースを開けて 1 点ずつスキャンしてください。</translation>
    </message>
    <message>
        <source>UNKNOWN CODE {code}: not in the catalogue. Set the item aside.</source>
        <translation>不明なコード {code}：商品マスタにありません。商品を脇に置いてください。</translation>
    </message>
    <message>
        <source>MISREAD: {code} has a wrong check digit. Scan it again.</source>
        <translation>読み取りミス：{code} のチェックデジットが違います。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>UNREADABLE: {code} is not a valid GS1 code. Scan it again.</source>
        <translation>読み取り不可：{code} は有効な GS1 コードではありません。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>EXPIRED: {name} expired on {expiry}. Do not ship it.</source>
        <translation>期限切れ：{name} は {expiry} に期限が切れています。出荷しないでください。</translation>
    </message>
    <message>
        <source>ALREADY USED: {code} was captured before. Scan another unit.</source>
        <translation>使用済み：{code} は既に読み取られています。別の 1 点をスキャンしてください。</translation>
    </message>
    <message>
        <source>{name} needs its Честный ЗНАК mark: scan the DataMatrix code, not the EAN.</source>
        <translation>{name} は Честный ЗНАК コードが必要です：EAN ではなく DataMatrix をスキャンしてください。</translation>
    </message>
    <message>
        <source>First scan the {kind} of the {name} you just scanned (Esc cancels).</source>
        <translation>先ほどスキャンした {name} の{kind}を先にスキャンしてください（Esc で取消）。</translation>
    </message>
    <message>
        <source>{name} needs a code for every unit: open the case and scan each unit.</source>
        <translation>{name} は 1 点ごとにコードが必要です：ケースを開けて 1 点ずつスキャンしてください。</translation>
    </message>
    <message>
        <source>That is not a usable {kind}: {code}</source>
        <translation>使用できない{kind}です：{code}</translation>
    </message>
    <message>
        <source>Enter between 1 and {open} for {name}.</source>
        <translation>{name}：1～{open} の数を入力してください。</translation>
    </message>
    <message>
        <source>Scan one {name} first; then you may enter how many more.</source>
        <translation>先に {name} を 1 点スキャンしてください。その後、残りの数量を入力できます。</translation>
    </message>
    <message>
        <source>{name} needs a code for every unit: scan each one.</source>
        <translation>{name} は 1 点ごとにコードが必要です：1 点ずつスキャンしてください。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>理由を入力してください。</translation>
    </message>
    <message>
        <source>{name} is already complete.</source>
        <translation>{name} は既に揃っています。</translation>
    </message>
    <message>
        <source>{name}: verified by supervisor ({reason})</source>
        <translation>{name}：管理者が検品済み（{reason}）</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>ロット番号</translation>
    </message>
    <message>
        <source>Честный ЗНАК mark</source>
        <translation>Честный ЗНАК コード</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Ready for the next order</source>
        <translation>次の注文の準備ができました</translation>
    </message>
    <message>
        <source>Scan an order number or a marketplace label to start.</source>
        <translation>注文番号またはモールの送り状をスキャンして開始してください。</translation>
    </message>
    <message>
        <source>Last: order {0}, {1}. Scan the next order number.</source>
        <translation>前回：注文 {0}、{1}。次の注文番号をスキャンしてください。</translation>
    </message>
    <message>
        <source>Ready: scan an order</source>
        <translation>準備完了：注文をスキャンしてください</translation>
    </message>
    <message>
        <source>Ship by {0} ({1})</source>
        <translation>出荷期限 {0}（{1}）</translation>
    </message>
    <message>
        <source>Marketplace label (the marketplace delivers)</source>
        <translation>モールの送り状（配送はモール）</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n units scanned</source>
        <translation>
            <numerusform>{0} / %n 点 スキャン済み</numerusform>
        </translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>BACKORDER</source>
        <translation>入荷待ち</translation>
    </message>
    <message>
        <source>PARCEL {0} OF {1}</source>
        <translation>荷物 {0}/{1}</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>NOSHI: {0}</source>
        <translation>のし：{0}</translation>
    </message>
    <message>
        <source>DELIVERY: {0}</source>
        <translation>配達指定：{0}</translation>
    </message>
    <message>
        <source>FRAGILE: pack with care</source>
        <translation>割れ物：丁寧に梱包</translation>
    </message>
    <message>
        <source>INVOICE requested</source>
        <translation>領収書：希望あり</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>No parcel is being packed: open an order and scan what goes in the parcel.</source>
        <translation>梱包中の荷物がありません：注文を開き、荷物に入れる商品をスキャンしてください。</translation>
    </message>
    <message>
        <source>Nothing of order {number} is scanned yet: scan what goes in this parcel first.</source>
        <translation>注文 {number} はまだ何もスキャンされていません：先にこの荷物に入れる商品をスキャンしてください。</translation>
    </message>
    <message>
        <source>First scan the code the last item asks for, or cancel it (Esc).</source>
        <translation>先に最後の商品が求めるコードをスキャンするか、取り消してください（Esc）。</translation>
    </message>
    <message numerus="yes">
        <source>Parcel closed: the other %n units go in the next parcel, {next}</source>
        <translation>
            <numerusform>荷物を締めました：残りの %n 点は次の荷物 {next} に入ります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipping what is here: %n units wait as backorder {next} until the stock arrives</source>
        <translation>
            <numerusform>ある分だけ出荷します：%n 点は入荷待ち {next} として在庫の入荷を待ちます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer at {address} does not answer: check that it is on and connected, then retry.</source>
        <translation>{address} のプリンターが応答しません：電源と接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The printer at {address} stopped taking the job part-way: check paper, cover, cable and network. The job may be partly printed.</source>
        <translation>{address} のプリンターがジョブの受信を途中で止めました：用紙、カバー、ケーブル、ネットワークを確認してください。途中まで印刷されている可能性があります。</translation>
    </message>
    <message>
        <source>The printer at {address} cannot be opened ({error}): check the cable, that the printer is on, and the connection settings.</source>
        <translation>{address} のプリンターを開けません（{error}）：ケーブル、プリンターの電源、接続設定を確認してください。</translation>
    </message>
    <message>
        <source>The printer address &quot;{address}&quot; does not fit a {kind} connection: enter it like {example}.</source>
        <translation>プリンターのアドレス「{address}」は {kind} 接続の形式に合いません：{example} のように入力してください。</translation>
    </message>
    <message>
        <source>USB printers need the pyusb package and libusb: install them (pip install pyusb), or choose the printer&apos;s device file (/dev/usb/lp0) or a CUPS queue instead.</source>
        <translation>USB プリンターには pyusb パッケージと libusb が必要です：インストールする（pip install pyusb）か、代わりにプリンターのデバイスファイル（/dev/usb/lp0）または CUPS キューを選んでください。</translation>
    </message>
    <message>
        <source>The CUPS command lp is not installed: install CUPS (cups-client) or choose another connection.</source>
        <translation>CUPS の lp コマンドがインストールされていません：CUPS（cups-client）をインストールするか、別の接続方法を選んでください。</translation>
    </message>
    <message>
        <source>CUPS did not take the job for the queue &quot;{queue}&quot;: {error}. Check the queue name in the printer settings and that CUPS is running.</source>
        <translation>CUPS がキュー「{queue}」のジョブを受け付けませんでした：{error}。プリンター設定のキュー名と、CUPS が動作していることを確認してください。</translation>
    </message>
    <message>
        <source>The printer at {address} cannot report its status over this connection: paper and cover were not checked.</source>
        <translation>{address} のプリンターはこの接続ではステータスを通知できません：用紙とカバーは確認されていません。</translation>
    </message>
    <message>
        <source>The printer is offline: check that it is on and ready, then retry.</source>
        <translation>プリンターがオフラインです：電源が入っていて準備完了であることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it, then retry.</source>
        <translation>プリンターのカバーが開いています：カバーを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The printer is out of paper: load paper, then retry.</source>
        <translation>プリンターの用紙切れです：用紙を補充してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The printer reports an error (cutter, head or mechanism): clear it, then retry.</source>
        <translation>プリンターがエラーを報告しています（カッター、ヘッドまたは機構）：エラーを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The printer is paused: press its pause or feed button, then retry.</source>
        <translation>プリンターが一時停止しています：一時停止ボタンまたは紙送りボタンを押してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Printing stopped part-way. {problem} The job may be partly printed: check the printout before you confirm a reprint.</source>
        <translation>印刷が途中で止まりました。{problem} 途中まで印刷されている可能性があります：再印刷を確定する前に印刷物を確認してください。</translation>
    </message>
    <message>
        <source>The printer at {address} gave an answer that is not a status: check that the printer language in the settings (ESC/POS, ZPL or TSPL) is the printer&apos;s.</source>
        <translation>{address} のプリンターからステータスではない応答が返りました：設定のプリンター言語（ESC/POS、ZPL または TSPL）がプリンターに合っているか確認してください。</translation>
    </message>
    <message>
        <source>The station stopped while sending &quot;{job}&quot; to the printer: it may be partly printed.</source>
        <translation>「{job}」をプリンターに送信中に作業台が停止しました：途中まで印刷されている可能性があります。</translation>
    </message>
    <message>
        <source>&quot;{job}&quot; was already printed: confirm to print it again.</source>
        <translation>「{job}」は既に印刷済みです：もう一度印刷するには確定してください。</translation>
    </message>
    <message>
        <source>&quot;{job}&quot; may be partly printed: check the printout, then confirm to print it again.</source>
        <translation>「{job}」は途中まで印刷されている可能性があります：印刷物を確認してから、確定して再印刷してください。</translation>
    </message>
</context>
<context>
    <name>PrinterTab</name>
    <message>
        <source>Print at this station</source>
        <translation>この作業台で印刷する</translation>
    </message>
    <message>
        <source>A4 PDF to a CUPS queue (office printer)</source>
        <translation>A4 PDF を CUPS キューへ（事務用プリンター）</translation>
    </message>
    <message>
        <source>PDF to a CUPS queue</source>
        <translation>PDF（CUPS キューへ送信）</translation>
    </message>
    <message>
        <source>Network (TCP 9100)</source>
        <translation>ネットワーク（TCP 9100）</translation>
    </message>
    <message>
        <source>USB (vendor:product)</source>
        <translation>USB（ベンダー:製品）</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>シリアルポート</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>デバイスファイル</translation>
    </message>
    <message>
        <source>CUPS queue</source>
        <translation>CUPS キュー</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>プリンター言語</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>as the profile says</source>
        <translation>プロファイルに従う</translation>
    </message>
    <message>
        <source>printer&apos;s Kanji mode (Japanese models)</source>
        <translation>プリンターの漢字モード（日本向け機種）</translation>
    </message>
    <message>
        <source>as images (any printer)</source>
        <translation>画像として印刷（全機種対応）</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>ドット</translation>
    </message>
    <message>
        <source>labels with gaps</source>
        <translation>ギャップ付きラベル</translation>
    </message>
    <message>
        <source>black mark</source>
        <translation>黒マーク</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>連続紙</translation>
    </message>
    <message>
        <source>ESC/POS profile</source>
        <translation>ESC/POS プロファイル</translation>
    </message>
    <message>
        <source>Japanese text</source>
        <translation>日本語の印字</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>用紙幅</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>ラベル幅</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>ラベル高さ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>用紙の種類</translation>
    </message>
    <message>
        <source>Gap or mark</source>
        <translation>ギャップ／マーク幅</translation>
    </message>
    <message>
        <source>Darkness</source>
        <translation>印字濃度</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>テストページを印刷</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Enter quantity</source>
        <translation>数量を入力</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} scanned. How many more go into the parcel?</source>
        <translation>{0}：{2} 点中 {1} 点スキャン済み。あと何点入れますか？</translation>
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
        <translation>該当する{parcels}のうち、出荷期限の早い{shown}件を表示しています。残りは検索や絞り込みで表示してください</translation>
    </message>
    <message>
        <source>The first {shown} by deadline of more than {parcels} that match: narrow the search or the filters to see the others</source>
        <translation>該当する{parcels}以上のうち、出荷期限の早い{shown}件を表示しています。残りは検索や絞り込みで表示してください</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Ship by</source>
        <translation>出荷期限</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>モール</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>送付先</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>at {0} ({1})</source>
        <translation>{0}（{1}）で作業中</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>{0} で作業中</translation>
    </message>
    <message>
        <source>backorder</source>
        <translation>入荷待ち</translation>
    </message>
    <message>
        <source>parcel {0} of {1}</source>
        <translation>荷物 {0}/{1}</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>noshi: {0}</source>
        <translation>のし：{0}</translation>
    </message>
    <message>
        <source>fragile</source>
        <translation>割れ物</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>To pack</source>
        <translation>梱包待ち</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>すべてのモール</translation>
    </message>
    <message>
        <source>Start of an order or tracking number, or scan one</source>
        <translation>注文番号・追跡番号の先頭を入力、またはスキャン</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>The rate table {path} could not be read ({reason}); it is left as it is. Correct it, or move it away to start again from the example rates.</source>
        <translation>運賃表 {path} を読み込めませんでした（{reason}）。ファイルはそのままにしてあります。修正するか、別の場所へ移してサンプル運賃からやり直してください。</translation>
    </message>
    <message>
        <source>Until then the bench suggests services by the example rates.</source>
        <translation>それまでは、ベンチはサンプル運賃をもとに配送サービスを提案します。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Receipt printer</name>
    <message>
        <source>The barcode {data} does not fit on the paper ({paper} dots wide). Use wider paper or a shorter code.</source>
        <translation>バーコード {data} が用紙に収まりません（幅 {paper} ドット）。幅の広い用紙を使うか、短いコードにしてください。</translation>
    </message>
    <message>
        <source>The receipt printer profile {name} is not known. Choose the printer model in the settings.</source>
        <translation>納品書プリンターのプロファイル {name} は不明です。設定でプリンターの機種を選んでください。</translation>
    </message>
    <message>
        <source>The picture is {width} dots wide but the paper takes only {paper} dots. Check the paper width and the printer model in the settings.</source>
        <translation>画像の幅は {width} ドットですが、用紙は {paper} ドットまでです。設定の用紙幅とプリンターの機種を確認してください。</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Unknown scale protocol {name}: choose one of {names}.</source>
        <translation>不明なはかりのプロトコル {name}：{names} のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>The scale&apos;s line pattern is not usable: {reason}. Write a regular expression with a (?P&lt;weight&gt;...) group, and optionally (?P&lt;unit&gt;...), (?P&lt;stable&gt;...), (?P&lt;sign&gt;...).</source>
        <translation>はかりの行パターンが使えません：{reason}。(?P&lt;weight&gt;...) グループを含む正規表現を書いてください。必要に応じて (?P&lt;unit&gt;...)、(?P&lt;stable&gt;...)、(?P&lt;sign&gt;...) も使えます。</translation>
    </message>
    <message>
        <source>The scale setting {option} cannot be {value}.</source>
        <translation>はかりの設定 {option} を {value} にすることはできません。</translation>
    </message>
    <message>
        <source>The scale&apos;s line pattern has no (?P&lt;weight&gt;...) group: add one around the number.</source>
        <translation>はかりの行パターンに (?P&lt;weight&gt;...) グループがありません：数値の部分を囲むように追加してください。</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>安定</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>不安定</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>過負荷</translation>
    </message>
    <message>
        <source>Under zero</source>
        <translation>ゼロ未満</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Serial settings refused</source>
        <translation>通信設定が拒否されました</translation>
    </message>
    <message>
        <source>Scale error</source>
        <translation>はかりのエラー</translation>
    </message>
    <message>
        <source>Keep the parcel still and wait until the weight settles.</source>
        <translation>荷物を動かさず、重量が安定するまで待ってください。</translation>
    </message>
    <message>
        <source>Take the weight off the scale: it is over capacity.</source>
        <translation>はかりから荷物を降ろしてください：ひょう量を超えています。</translation>
    </message>
    <message>
        <source>The scale reads below zero: empty the platter, then zero the scale.</source>
        <translation>はかりの表示がゼロ未満です：計量皿を空にしてから、ゼロ合わせをしてください。</translation>
    </message>
    <message>
        <source>The scale does not answer: check that it is switched on, the cable, and the protocol and baud rate in the device settings.</source>
        <translation>はかりが応答しません：電源とケーブル、機器の設定のプロトコルとボーレートを確認してください。</translation>
    </message>
    <message>
        <source>The scale&apos;s port is not there: plug the cable in and check the port in the device settings.</source>
        <translation>はかりのポートがありません：ケーブルを接続し、機器の設定でポートを確認してください。</translation>
    </message>
    <message>
        <source>The scale sends data this protocol does not understand, or reports a fault: check the protocol, baud rate, data bits and parity in the device settings, then restart the scale.</source>
        <translation>はかりからこのプロトコルで解釈できないデータが届いているか、故障が報告されています：機器の設定のプロトコル、ボーレート、データビット、パリティを確認してから、はかりを再起動してください。</translation>
    </message>
    <message>
        <source>The port {port} is there but does not take {framing}. Set the scale and the device settings to the same settings the port takes (every port takes 8 data bits, no parity), or connect the scale through a serial adapter that takes {framing}.</source>
        <translation>ポート {port} はありますが、{framing} を受け付けません。はかりとデバイス設定を、ポートが受け付ける同じ設定にしてください（どのポートも 8 データビット・パリティなしは受け付けます）。または {framing} に対応したシリアル変換アダプタではかりを接続してください。</translation>
    </message>
    <message>
        <source>{baudrate} baud, {bytesize} data bits, parity {parity}, stop bits {stopbits}</source>
        <translation>{baudrate} bps、データビット {bytesize}、パリティ {parity}、ストップビット {stopbits}</translation>
    </message>
</context>
<context>
    <name>ScaleTab</name>
    <message>
        <source>This station has a scale</source>
        <translation>この作業台ではかりを使う</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Take the weight by itself once the parcel is still</source>
        <translation>荷物が静止したら自動で重量を記録する</translation>
    </message>
    <message>
        <source>An order is done only when its parcel is weighed</source>
        <translation>荷物を計量するまで注文を完了にしない</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Line pattern (protocol “line”)</source>
        <translation>行パターン（プロトコル「line」）</translation>
    </message>
    <message>
        <source>No stability flag: still for</source>
        <translation>安定フラグなし：静止とみなす時間</translation>
    </message>
    <message>
        <source>Auto-capture after</source>
        <translation>自動記録までの時間</translation>
    </message>
    <message>
        <source>Lightest parcel</source>
        <translation>荷物の最小重量</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容差</translation>
    </message>
    <message>
        <source>or, if larger</source>
        <translation>または（大きい方）</translation>
    </message>
    <message>
        <source>Read weight</source>
        <translation>重量を読み取る</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>A scan arrived without the prefix &quot;{prefix}&quot; and was used as it came. Make the scanner&apos;s prefix and the prefix in the scanner settings the same.</source>
        <translation>プレフィックス「{prefix}」のないスキャンが届いたため、そのまま使いました。スキャナー本体のプレフィックスとスキャナー設定のプレフィックスを同じにしてください。</translation>
    </message>
    <message>
        <source>A scan arrived without its ending ({suffix}) and was taken after a pause. Make the scanner&apos;s suffix and the suffix in the scanner settings the same.</source>
        <translation>終端（{suffix}）のないスキャンが届いたため、一定時間後に取り込みました。スキャナー本体のサフィックスとスキャナー設定のサフィックスを同じにしてください。</translation>
    </message>
    <message>
        <source>The scanner sent more than {limit} bytes without the end of a scan; they were discarded. Make the scanner&apos;s suffix and the suffix in the scanner settings the same.</source>
        <translation>スキャナーからスキャンの終端がないまま {limit} バイトを超えるデータが届いたため、破棄しました。スキャナー本体のサフィックスとスキャナー設定のサフィックスを同じにしてください。</translation>
    </message>
</context>
<context>
    <name>Scanner check</name>
    <message>
        <source>The test code arrived exactly as printed: the scanner is set up right.</source>
        <translation>テストコードが印刷どおりに届きました：スキャナーは正しく設定されています。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a Japanese (JIS) layout, so symbols such as @ and &quot; change. Scan the &apos;Japanese keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>スキャナーは US キーボードとして入力していますが、このパソコンは日本語（JIS）配列のため、@ や &quot; などの記号が変わります。スキャナーのマニュアルにある「日本語キーボード」の設定コードをスキャンするか、スキャン中はパソコンの入力を US 配列に切り替えてください。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer&apos;s input language is Russian, so Latin letters arrive as Cyrillic. Switch the input language to English while scanning, or scan the setting code for Alt-code (keypad) emulation in the scanner&apos;s manual.</source>
        <translation>スキャナーは US キーボードとして入力していますが、このパソコンの入力言語がロシア語のため、ラテン文字がキリル文字になります。スキャン中は入力言語を英語に切り替えるか、スキャナーのマニュアルにある Alt コード（テンキー）エミュレーションの設定コードをスキャンしてください。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a German (QWERTZ) layout, so Y and Z swap and symbols change. Scan the &apos;German keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>スキャナーは US キーボードとして入力していますが、このパソコンはドイツ語（QWERTZ）配列のため、Y と Z が入れ替わり、記号も変わります。スキャナーのマニュアルにある「ドイツ語キーボード」の設定コードをスキャンするか、スキャン中はパソコンの入力を US 配列に切り替えてください。</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard but this computer uses a French (AZERTY) layout, so A and Q, Z and W swap and digits change. Scan the &apos;French keyboard&apos; setting code in the scanner&apos;s manual, or switch the computer&apos;s input to US while scanning.</source>
        <translation>スキャナーは US キーボードとして入力していますが、このパソコンはフランス語（AZERTY）配列のため、A と Q、Z と W が入れ替わり、数字も変わります。スキャナーのマニュアルにある「フランス語キーボード」の設定コードをスキャンするか、スキャン中はパソコンの入力を US 配列に切り替えてください。</translation>
    </message>
    <message>
        <source>Caps Lock is on, so capital and small letters are swapped. Turn Caps Lock off, or set the scanner to ignore it (Caps Lock in the keyboard settings of its manual).</source>
        <translation>Caps Lock がオンのため、大文字と小文字が入れ替わっています。Caps Lock をオフにするか、スキャナーが Caps Lock を無視するように設定してください（マニュアルのキーボード設定にある Caps Lock の項目）。</translation>
    </message>
    <message>
        <source>The scan arrived as &quot;{received}&quot;: the Japanese input method (IME) is on and turned it into kana or full-width letters. Switch the IME to direct (half-width alphanumeric) input before scanning.</source>
        <translation>スキャン結果が「{received}」になりました：日本語入力（IME）がオンのため、かなや全角文字に変換されています。スキャンする前に IME を直接入力（半角英数）に切り替えてください。</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{text}&quot; before each code. Remove that prefix with the setting codes in the scanner&apos;s manual.</source>
        <translation>スキャナーが各コードの前に「{text}」を送っています。スキャナーのマニュアルにある設定コードで、このプレフィックスを削除してください。</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{text}&quot; after each code. Remove that suffix with the setting codes in the scanner&apos;s manual, keeping only Enter or Tab at the end.</source>
        <translation>スキャナーが各コードの後に「{text}」を送っています。スキャナーのマニュアルにある設定コードでこのサフィックスを削除し、末尾は Enter または Tab だけにしてください。</translation>
    </message>
    <message>
        <source>The scanner sends &quot;{before}&quot; before and &quot;{after}&quot; after each code. Remove that prefix and suffix with the setting codes in the scanner&apos;s manual, keeping only Enter or Tab at the end.</source>
        <translation>スキャナーが各コードの前に「{before}」、後に「{after}」を送っています。スキャナーのマニュアルにある設定コードでこのプレフィックスとサフィックスを削除し、末尾は Enter または Tab だけにしてください。</translation>
    </message>
    <message>
        <source>Only &quot;{received}&quot; arrived as the scan: the first characters came as typing, because the scanner pauses between characters longer than this station waits. Set a shorter inter-character delay on the scanner, or raise the maximum gap between keys in the scanner settings.</source>
        <translation>スキャンとして届いたのは「{received}」だけです：スキャナーの文字間の間隔がこの作業台の待ち時間より長いため、最初の文字がキー入力として扱われました。スキャナーの文字間ディレイを短くするか、設定の「スキャナー：キー入力の最大間隔」を大きくしてください。</translation>
    </message>
    <message>
        <source>Characters were lost: &quot;{received}&quot; arrived instead of &quot;{expected}&quot;. This computer did not keep up with the scanner: set a longer inter-character delay on the scanner (see its manual) and scan again.</source>
        <translation>文字が欠落しました：「{expected}」ではなく「{received}」が届きました。このパソコンがスキャナーの速度に追いついていません：スキャナーの文字間ディレイを長くして（マニュアル参照）、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>The test code arrived as &quot;{received}&quot; instead of &quot;{expected}&quot;. Set the scanner to a US keyboard, check that Caps Lock and the Japanese input method are off and that the computer&apos;s input is English (US), then scan again.</source>
        <translation>テストコードが「{expected}」ではなく「{received}」として届きました。スキャナーを US キーボードに設定し、Caps Lock と日本語入力がオフで、パソコンの入力が英語（US）になっていることを確認してから、もう一度スキャンしてください。</translation>
    </message>
</context>
<context>
    <name>ScannerTab</name>
    <message>
        <source>A scanner on a serial (COM) port</source>
        <translation>シリアル（COM）ポートのスキャナーを使う</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>Character sent for GS (FNC1)</source>
        <translation>GS（FNC1）の代わりに送られる文字</translation>
    </message>
    <message>
        <source>Scan this test barcode:</source>
        <translation>このテスト用バーコードをスキャン：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>Self-test</name>
    <message>
        <source>not set up at this station</source>
        <translation>この作業台では未設定</translation>
    </message>
    <message>
        <source>answers, stable at zero</source>
        <translation>応答あり、ゼロで安定</translation>
    </message>
    <message>
        <source>reads {weight} g with nothing on it: take everything off the scale and zero it.</source>
        <translation>何も載っていないのに {weight} g を表示しています：はかりの上の物をすべて降ろし、ゼロ合わせをしてください。</translation>
    </message>
    <message>
        <source>online, paper loaded, cover closed</source>
        <translation>オンライン、用紙あり、カバー閉</translation>
    </message>
    <message>
        <source>cannot report its status over this connection: print a test page to check it</source>
        <translation>この接続ではステータスを通知できません：テストページを印刷して確認してください</translation>
    </message>
    <message>
        <source>prints at {actual} dpi but the settings say {configured} dpi: correct the resolution in the device settings.</source>
        <translation>{actual} dpi で印刷されますが、設定は {configured} dpi です：機器の設定で解像度を修正してください。</translation>
    </message>
    <message>
        <source>no test scan: scan the test barcode to check it</source>
        <translation>テストスキャンなし：テスト用バーコードをスキャンして確認してください</translation>
    </message>
</context>
<context>
    <name>SelftestDialog</name>
    <message>
        <source>Station self-test</source>
        <translation>作業台の自己診断</translation>
    </message>
    <message>
        <source>Take everything off the scale. Scan this barcode with the bench scanner (it is also on the slip printer&apos;s test page), then press Run.</source>
        <translation>はかりの上の物をすべて降ろしてください。作業台のスキャナーでこのバーコードをスキャンし（納品書プリンターのテストページにも印刷されています）、「実行」を押してください。</translation>
    </message>
    <message>
        <source>Waiting for the test scan…</source>
        <translation>テストスキャンを待っています…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Test scan received.</source>
        <translation>テストスキャンを受信しました。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
</context>
<context>
    <name>SerialFields</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>even</source>
        <translation>偶数</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>奇数</translation>
    </message>
    <message>
        <source>Serial: baud, data bits, parity, stop bits</source>
        <translation>シリアル：ボーレート、データビット、パリティ、ストップビット</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>作業台の設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>The scanner ends every code with Enter or Tab</source>
        <translation>スキャナーはコードの末尾に Enter または Tab を送る</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Linking an unknown barcode needs the supervisor PIN</source>
        <translation>不明なバーコードの紐付けには管理者PINが必要</translation>
    </message>
    <message>
        <source>Short of stock: ship what is there, the rest as a backorder</source>
        <translation>在庫不足時：ある分を出荷し、残りは入荷待ちにする</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>空欄なら現在のPINのまま</translation>
    </message>
    <message>
        <source>No supervisor PIN</source>
        <translation>管理者PINなし</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>音を鳴らす</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>作業台名</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Scanner: longest gap between keys</source>
        <translation>スキャナー：キー入力の最大間隔</translation>
    </message>
    <message>
        <source>Scanner: shortest code</source>
        <translation>スキャナー：最短コード長</translation>
    </message>
    <message>
        <source>Count a repeated code once within</source>
        <translation>同じコードを1回と数える間隔</translation>
    </message>
    <message>
        <source>Mark as due soon when less than</source>
        <translation>期限間近と表示する残り時間</translation>
    </message>
    <message>
        <source>Lock when idle for (0: never)</source>
        <translation>操作がないときにロックするまで（0：ロックしない）</translation>
    </message>
    <message>
        <source>Rakuten: ship within</source>
        <translation>楽天：出荷までの時間</translation>
    </message>
    <message>
        <source>Ozon without a shipment date: ship within</source>
        <translation>Ozon（出荷日なし）：出荷までの時間</translation>
    </message>
    <message>
        <source>Other shops: ship within</source>
        <translation>その他のショップ：出荷までの時間</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>新しい管理者PIN</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Shop and documents</source>
        <translation>ショップと帳票</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>ショップ名</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Prefecture / region</source>
        <translation>都道府県／地域</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建物名</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>国（ISO コード）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Invoice registration number (T + 13 digits)</source>
        <translation>インボイス登録番号（T + 13 桁）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>ロゴ（PNG または JPEG）</translation>
    </message>
    <message>
        <source>Thank-you note on the slip</source>
        <translation>納品書のお礼メッセージ</translation>
    </message>
    <message>
        <source>As the order&apos;s marketplace and country</source>
        <translation>注文のモールと国に合わせる</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>帳票の言語</translation>
    </message>
    <message>
        <source>Print the packing slip when the parcel is ready</source>
        <translation>荷物の準備ができたら納品書を印刷する</translation>
    </message>
    <message>
        <source>Print the waybill and check its label scan before the parcel ships</source>
        <translation>送り状を印刷し、発送前に送り状のスキャンで確認する</translation>
    </message>
    <message>
        <source>Rakuten parcels go with</source>
        <translation>楽天の荷物の配送業者</translation>
    </message>
    <message>
        <source>Ozon parcels go with</source>
        <translation>Ozon の荷物の配送業者</translation>
    </message>
    <message>
        <source>Other parcels go with</source>
        <translation>その他の荷物の配送業者</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {0}</source>
        <translation>サインイン — {0}</translation>
    </message>
    <message>
        <source>The station is locked. Scan your badge, or enter your name and PIN.</source>
        <translation>作業台はロックされています。バッジを読み取るか、名前と PIN を入力してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>Simulated bench</source>
        <translation>作業台シミュレーター</translation>
    </message>
    <message>
        <source>Put the parcel on</source>
        <translation>荷物を載せる</translation>
    </message>
    <message>
        <source>The open order&apos;s expected weight, give or take a few grams</source>
        <translation>開いている注文の予定重量（数グラムの誤差あり）</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>計量</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>降ろす</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>不安定</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>過負荷</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>用紙切れ</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>カバー開</translation>
    </message>
    <message>
        <source>Nothing printed yet</source>
        <translation>まだ何も印刷されていません</translation>
    </message>
    <message>
        <source>Printouts are kept in {0}</source>
        <translation>印刷物は {0} に保存されます</translation>
    </message>
    <message>
        <source>{0} printed: {1}</source>
        <translation>{0} が印刷：{1}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The folder for the database {where} cannot be created ({detail}).</source>
        <translation>データベース {where} のフォルダーを作成できません（{detail}）。</translation>
    </message>
    <message>
        <source>Start packstation with --db and a place this user may write to, or have the folder created with write permission for this user.</source>
        <translation>このユーザーが書き込める場所を --db で指定して packstation を起動するか、このユーザーに書き込み権限のあるフォルダーを作成してもらってください。</translation>
    </message>
    <message>
        <source>The database {where} cannot be written: the file is read-only or its folder is not writable ({detail}).</source>
        <translation>データベース {where} に書き込めません：ファイルが読み取り専用か、フォルダーに書き込めません（{detail}）。</translation>
    </message>
    <message>
        <source>Give the user who runs packstation write permission on the file and its folder, or start with --db and a writable place.</source>
        <translation>packstation を実行するユーザーにファイルとフォルダーへの書き込み権限を与えるか、書き込める場所を --db で指定して起動してください。</translation>
    </message>
    <message>
        <source>The file {where} is not a database, or it is damaged ({detail}).</source>
        <translation>ファイル {where} はデータベースではないか、破損しています（{detail}）。</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it away to start with an empty database; --db chooses another file.</source>
        <translation>バックアップから復元するか、ファイルを移動して空のデータベースで始めてください。--db で別のファイルを選べます。</translation>
    </message>
    <message>
        <source>The database server at {where} cannot be reached: nothing answers there ({detail}).</source>
        <translation>データベースサーバー {where} に接続できません：応答がありません（{detail}）。</translation>
    </message>
    <message>
        <source>Check that the server is running, that the host and port in --db or PACKSTATION_DB are right and that no firewall is in the way.</source>
        <translation>サーバーが起動していること、--db または PACKSTATION_DB のホストとポートが正しいこと、ファイアウォールに遮られていないことを確認してください。</translation>
    </message>
    <message>
        <source>The host of the database server {where} is not known ({detail}).</source>
        <translation>データベースサーバー {where} のホストが見つかりません（{detail}）。</translation>
    </message>
    <message>
        <source>Check the host name in --db or PACKSTATION_DB and this PC&apos;s network connection.</source>
        <translation>--db または PACKSTATION_DB のホスト名と、この PC のネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The database server at {where} refused the login ({detail}).</source>
        <translation>データベースサーバー {where} がログインを拒否しました（{detail}）。</translation>
    </message>
    <message>
        <source>Check the user name and password in --db or PACKSTATION_DB, and that the server lets this user in from this PC.</source>
        <translation>--db または PACKSTATION_DB のユーザー名とパスワード、およびサーバーがこの PC からのこのユーザーの接続を許可していることを確認してください。</translation>
    </message>
    <message>
        <source>The database server at {where} has no such database ({detail}).</source>
        <translation>データベースサーバー {where} に該当するデータベースがありません（{detail}）。</translation>
    </message>
    <message>
        <source>Check the database name in --db or PACKSTATION_DB, or have the database created on the server.</source>
        <translation>--db または PACKSTATION_DB のデータベース名を確認するか、サーバーにデータベースを作成してもらってください。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at {where} ({detail}).</source>
        <translation>データベースサーバー {where} に接続できません（{detail}）。</translation>
    </message>
    <message>
        <source>Check --db or PACKSTATION_DB, and that the server is running and reachable from this PC.</source>
        <translation>--db または PACKSTATION_DB を確認し、サーバーが起動していてこの PC から到達できることを確認してください。</translation>
    </message>
    <message>
        <source>The database {where} was set up by a newer packstation (schema revision {detail}).</source>
        <translation>データベース {where} は新しいバージョンの packstation で作成されています（スキーマリビジョン {detail}）。</translation>
    </message>
    <message>
        <source>Start the newer packstation at this station, or start this one with --db and another database.</source>
        <translation>このステーションで新しい packstation を起動するか、--db で別のデータベースを指定してこちらを起動してください。</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it is kept as {backup}.</source>
        <translation>設定ファイル {path} を読み込めませんでした（{reason}）。{backup} として保存してあります。</translation>
    </message>
    <message>
        <source>packstation starts with the default settings: set the station up again, or repair the kept file and put it back in place while packstation is closed.</source>
        <translation>packstation は既定の設定で起動します：ステーションを設定し直すか、packstation を閉じている間に保存したファイルを修復して元の場所に戻してください。</translation>
    </message>
    <message>
        <source>The settings file {path} was written by a newer packstation (settings version {version}).</source>
        <translation>設定ファイル {path} は新しいバージョンの packstation で書かれています（設定バージョン {version}）。</translation>
    </message>
    <message>
        <source>Start the newer packstation, or start this one with --settings and another file.</source>
        <translation>新しい packstation を起動するか、--settings で別のファイルを指定してこちらを起動してください。</translation>
    </message>
    <message>
        <source>Station {station} is already running on this database ({holder}): a second window of one station would open the orders the first is packing.</source>
        <translation>ステーション {station} はこのデータベースですでに稼働中です（{holder}）：同じステーションの2つ目のウィンドウは、1つ目が梱包中の注文を開いてしまいます。</translation>
    </message>
    <message>
        <source>Switch to the window that runs, or close it first. For a second bench, start this one with --station and another name, or give it another station name in its settings.</source>
        <translation>稼働中のウィンドウに切り替えるか、先にそれを閉じてください。2台目のベンチにするには、--station で別の名前を指定して起動するか、設定で別のステーション名を付けてください。</translation>
    </message>
    <message>
        <source>packstation cannot start</source>
        <translation>packstation を起動できません</translation>
    </message>
    <message>
        <source>packstation started with default settings</source>
        <translation>packstation は既定の設定で起動しました</translation>
    </message>
</context>
<context>
    <name>StationLock</name>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>No users yet: add the first admin with `packstation users add`</source>
        <translation>ユーザーがまだいません：`packstation users add` で最初の管理者を追加してください</translation>
    </message>
    <message>
        <source>Admin only</source>
        <translation>管理者専用</translation>
    </message>
    <message>
        <source>Only an admin may change this. Sign out (Ctrl+L) and sign in as one.</source>
        <translation>これを変更できるのは管理者だけです。サインアウト（Ctrl+L）して、管理者としてサインインしてください。</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Verify without scanning</source>
        <translation>スキャンなしで検品</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n open units of {0} as verified without a scan.</source>
        <translation>
            <numerusform>{0} の残り %n 点をスキャンなしで検品済みにします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>TeachDialog</name>
    <message>
        <source>Link barcode</source>
        <translation>バーコードの紐付け</translation>
    </message>
    <message>
        <source>Code {0} is not in the catalogue. Which item carries it? The link is kept for next time.</source>
        <translation>コード {0} は商品マスタにありません。どの商品のコードですか？紐付けは次回以降も使われます。</translation>
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
        <translation>楽天</translation>
    </message>
    <message>
        <source>Ozon</source>
        <translation>Ozon</translation>
    </message>
    <message>
        <source>Other shop</source>
        <translation>その他のショップ</translation>
    </message>
    <message>
        <source>overdue {h} h {m:02d} min</source>
        <translation>{h} 時間 {m:02d} 分 超過</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min left</source>
        <translation>残り {h} 時間 {m:02d} 分</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>Tracking number {number} has a wrong check digit for {carrier}: scan it again or type it carefully.</source>
        <translation>追跡番号 {number} のチェックデジットが{carrier}の規則と合いません：もう一度スキャンするか、正確に入力してください。</translation>
    </message>
    <message>
        <source>{number} is not a {carrier} tracking number: expected {expected}.</source>
        <translation>{number} は{carrier}の追跡番号の形式ではありません。正しい形式：{expected}。</translation>
    </message>
    <message>
        <source>Scan or type the tracking number.</source>
        <translation>追跡番号をスキャンまたは入力してください。</translation>
    </message>
    <message>
        <source>Yamato Transport</source>
        <translation>ヤマト運輸</translation>
    </message>
    <message>
        <source>Sagawa Express</source>
        <translation>佐川急便</translation>
    </message>
    <message>
        <source>Japan Post</source>
        <translation>日本郵便</translation>
    </message>
    <message>
        <source>Russian Post</source>
        <translation>ロシア郵便</translation>
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
        <translation>配送業者</translation>
    </message>
    <message>
        <source>12 digits, such as 4444-1375-8703</source>
        <translation>数字 12 桁（例：4444-1375-8703）</translation>
    </message>
    <message>
        <source>12 digits, such as 5125-4751-4334</source>
        <translation>数字 12 桁（例：5125-4751-4334）</translation>
    </message>
    <message>
        <source>12 digits (11 for registered mail), or 13 characters such as EA123456785JP</source>
        <translation>数字 12 桁（書留は 11 桁）、または EA123456785JP のような 13 文字</translation>
    </message>
    <message>
        <source>14 digits, or 13 characters such as RA123456785RU</source>
        <translation>数字 14 桁、または RA123456785RU のような 13 文字</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>数字 10 桁</translation>
    </message>
    <message>
        <source>10 or 11 digits, such as 3318810025</source>
        <translation>数字 10 桁または 11 桁（例：3318810025）</translation>
    </message>
    <message>
        <source>1Z and 16 letters or digits (18 characters)</source>
        <translation>1Z と英数字 16 文字（計 18 文字）</translation>
    </message>
    <message>
        <source>12 digits, such as 9865 7878 8855</source>
        <translation>12 桁（例：9865 7878 8855）</translation>
    </message>
    <message>
        <source>20 or 22 digits, such as 9400 1112 0620 6406 2607 87</source>
        <translation>20 桁または 22 桁（例：9400 1112 0620 6406 2607 87）</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The first user must be an admin (--role admin)</source>
        <translation>最初のユーザーは管理者にしてください（--role admin）</translation>
    </message>
    <message>
        <source>There is a user called {name} already</source>
        <translation>{name} というユーザーはすでにいます</translation>
    </message>
    <message>
        <source>That badge belongs to another user</source>
        <translation>そのバッジは別のユーザーのものです</translation>
    </message>
    <message>
        <source>A PIN has at least {length} characters</source>
        <translation>PIN は {length} 文字以上にしてください</translation>
    </message>
    <message>
        <source>A user needs a name</source>
        <translation>ユーザーには名前が必要です</translation>
    </message>
    <message>
        <source>No user is called {name}</source>
        <translation>{name} というユーザーはいません</translation>
    </message>
    <message>
        <source>{name} is the last active admin: add another first</source>
        <translation>{name} は最後の有効な管理者です：先に別の管理者を追加してください</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>サインイン中：{name}（{role}）</translation>
    </message>
    <message>
        <source>This badge is not known here</source>
        <translation>このバッジは登録されていません</translation>
    </message>
    <message>
        <source>Wrong name or PIN</source>
        <translation>名前または PIN が違います</translation>
    </message>
    <message>
        <source>{name} is locked until {until} after too many wrong PINs</source>
        <translation>PIN の誤りが多すぎたため、{name} は {until} までロックされています</translation>
    </message>
    <message>
        <source>A supervisor must approve this: their name and PIN, or their badge</source>
        <translation>責任者の承認が必要です：責任者の名前と PIN、またはバッジ</translation>
    </message>
    <message>
        <source>{name} is not a supervisor: a supervisor or an admin must approve this</source>
        <translation>{name} は責任者ではありません：責任者か管理者の承認が必要です</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>梱包担当</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>Weight</name>
    <message>
        <source>Weight {weight} g: as expected ({expected} g ± {allowed} g)</source>
        <translation>重量 {weight} g：予定どおり（{expected} g ± {allowed} g）</translation>
    </message>
    <message>
        <source>WEIGHT CHECK: {weight} g, expected {expected} g ± {allowed} g ({difference} g). Check the parcel for a missing or extra item. A supervisor decides.</source>
        <translation>重量チェック：{weight} g、予定 {expected} g ± {allowed} g（差 {difference} g）。商品の不足や余分がないか荷物を確認してください。判断は管理者が行います。</translation>
    </message>
    <message>
        <source>Weight {weight} g recorded. No expected weight: the catalogue has no weight for {skus}</source>
        <translation>重量 {weight} g を記録しました。予定重量なし：商品マスタに {skus} の重量がありません</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Enter weight</source>
        <translation>重量を入力</translation>
    </message>
    <message>
        <source>Weigh the parcel on another scale.</source>
        <translation>別のはかりで荷物を計量してください。</translation>
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
        <translation>はかりなし</translation>
    </message>
    <message>
        <source>Expected weight unknown: no weight for {0}</source>
        <translation>予定重量不明：{0} の重量がありません</translation>
    </message>
    <message>
        <source>Expected {0} g ± {1} g</source>
        <translation>予定 {0} g ± {1} g</translation>
    </message>
    <message>
        <source>no box scanned</source>
        <translation>箱未スキャン</translation>
    </message>
    <message>
        <source>box {0} ({1} g)</source>
        <translation>箱 {0}（{1} g）</translation>
    </message>
    <message>
        <source>weighed {0} g</source>
        <translation>計量 {0} g</translation>
    </message>
    <message numerus="yes">
        <source>{0}: catalogue {1} g, parcels show {2} g (%n parcels): fix the catalogue</source>
        <translation>
            <numerusform>{0}：商品マスタでは {1} g、荷物の実測では {2} g（%n 件）：商品マスタを修正してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Not done: the background work was stopping. Try it again.</source>
        <translation>実行されませんでした。バックグラウンド処理が停止中でした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>_MarketBox</name>
    <message>
        <source>Connected: fetch its orders and tell it what shipped</source>
        <translation>接続する：注文を取得し、出荷を連携する</translation>
    </message>
    <message>
        <source>the marketplace&apos;s own address</source>
        <translation>マーケットプレイス標準のアドレス</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Send each parcel&apos;s tracking number</source>
        <translation>荷物ごとの追跡番号を送る</translation>
    </message>
    <message>
        <source>Confirm new orders when they are fetched</source>
        <translation>取得した新規注文を注文確認する</translation>
    </message>
    <message>
        <source>leave empty to keep the stored key</source>
        <translation>空欄なら保存済みのキーを使います</translation>
    </message>
    <message>
        <source>Shop (whose keys)</source>
        <translation>店舗（キーの持ち主）</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API アドレス</translation>
    </message>
    <message>
        <source>Fetch orders every (0: only by hand)</source>
        <translation>注文の取得間隔（0：手動のみ）</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
</context>
</TS>
