<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Bench</name>
    <message>
        <source>Order {number}: scan the items</source>
        <translation>注文 {number}：商品をスキャンしてください</translation>
    </message>
    <message>
        <source>Order {number} resumed: {scanned} of {units} units already in</source>
        <translation>注文 {number} を再開：{units} 点中 {scanned} 点 梱包済み</translation>
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
        <source>Order {number} is being packed at station {station}. Take it over only if that parcel is abandoned.</source>
        <translation>注文 {number} は作業台 {station} で梱包中です。そちらの梱包が放置されている場合のみ引き継いでください。</translation>
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
        <source>No order is open</source>
        <translation>注文が開かれていません</translation>
    </message>
    <message>
        <source>Unit code capture cancelled: scan the item again</source>
        <translation>個体コードの読み取りを中止しました：商品をもう一度スキャンしてください</translation>
    </message>
    <message>
        <source>Code {code} now belongs to {name}</source>
        <translation>コード {code} を {name} に紐付けました</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>{file} を取り込めません：{error}</translation>
    </message>
    <message>
        <source>{file}: {new} new, {changed} changed, {unchanged} unchanged, {held} on hold, {errors} rows with errors</source>
        <translation>{file}：新規 {new} 件、変更 {changed} 件、変更なし {unchanged} 件、保留 {held} 件、エラー行 {errors} 行</translation>
    </message>
    <message>
        <source>{file}: {created} products added, {updated} updated, {errors} rows with errors</source>
        <translation>{file}：商品追加 {created} 件、更新 {updated} 件、エラー行 {errors} 行</translation>
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
        <source>Demo loaded: {products} products, {orders} orders, {held} on hold</source>
        <translation>デモを読み込みました：商品 {products} 件、注文 {orders} 件、保留 {held} 件</translation>
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
    <name>Dialogs</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>管理者PIN</translation>
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
</context>
<context>
    <name>Import</name>
    <message>
        <source>Barcode {code} already belongs to SKU {sku}; not linked to {new}</source>
        <translation>バーコード {code} は既に SKU {sku} に紐付いています。{new} には紐付けません</translation>
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
        <source>The marketplace removed this destination from the order</source>
        <translation>モールがこの送付先を注文から削除しました</translation>
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
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>注文(&amp;O)</translation>
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
        <source>Put order on hold…</source>
        <translation>注文を保留にする…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>保留を解除…</translation>
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
        <source>A dialog is open: finish it, then scan again</source>
        <translation>ダイアログが開いています：閉じてから再度スキャンしてください</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Nothing was lost; try again.</source>
        <translation>エラーが発生しました：{0}。データは失われていません。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>{0} orders in the list</source>
        <translation>一覧の注文：{0} 件</translation>
    </message>
    <message>
        <source>Checked again: {0} confirmed, {1} still on hold</source>
        <translation>再チェック完了：確認済み {0} 件、保留のまま {1} 件</translation>
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
        <source>Order put down: it stays counted and resumes when scanned again</source>
        <translation>注文を中断しました：スキャン済みの数は保持され、再度スキャンすると再開します</translation>
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
        <source>{0}: {1} new, {2} changed, {3} unchanged, {4} on hold, {5} rows with errors</source>
        <translation>{0}：新規 {1} 件、変更 {2} 件、変更なし {3} 件、保留 {4} 件、エラー行 {5} 行</translation>
    </message>
    <message>
        <source>{0}: {1} products added, {2} updated, {3} rows with errors</source>
        <translation>{0}：商品追加 {1} 件、更新 {2} 件、エラー行 {3} 行</translation>
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
        <source>An order that is {source} cannot become {target}.</source>
        <translation>「{source}」の注文は「{target}」にできません。</translation>
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
    <message>
        <source>ONE TOO MANY: {name} needs {ordered}, all {scanned} are already in. Take it out.</source>
        <translation>数量超過：{name} は {ordered} 点で、{scanned} 点すべて入っています。1 点取り出してください。</translation>
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
        <source>No order open</source>
        <translation>注文が開かれていません</translation>
    </message>
    <message>
        <source>Scan an order number or a marketplace label to start.</source>
        <translation>注文番号またはモールの送り状をスキャンして開始してください。</translation>
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
    <message>
        <source>{0} of {1} units</source>
        <translation>{0} / {1} 点</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>保留中</translation>
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
        <source>Search or scan an order number</source>
        <translation>注文番号を検索またはスキャン</translation>
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
        <source>leave empty to keep the current PIN</source>
        <translation>空欄なら現在のPINのまま</translation>
    </message>
    <message>
        <source>No supervisor PIN</source>
        <translation>管理者PINなし</translation>
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
    <name>SupervisorDialog</name>
    <message>
        <source>Verify without scanning</source>
        <translation>スキャンなしで検品</translation>
    </message>
    <message>
        <source>Mark the {0} open units of {1} as verified without a scan.</source>
        <translation>{1} の残り {0} 点をスキャンなしで検品済みにします。</translation>
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
</TS>
