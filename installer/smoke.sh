#!/bin/sh
# Runs a built bundle headless, as CI does after `make dist`:
#     sh installer/smoke.sh dist/packstation
# its version, a catalogue and an order file imported into a new SQLite database, the order
# listed and its packing slip made as a PDF, and the GUI started offscreen on the simulated
# bench, alive after some seconds and closed.
set -eu
app=$(cd "$1" && pwd)/packstation
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$work" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
db="sqlite:///$work/smoke.db"

"$app" --version | grep -q "^packstation "

cat > "$work/products.csv" <<'CSV'
sku,name,barcodes,weight_g,cost_price,fragile,stock
SMOKE-1,抹茶 100g,4900000000016,120,500,no,10
CSV
cat > "$work/orders.csv" <<'CSV'
order_number,marketplace,ordered_at,name,postal_code,region,city,line1,phone,sku,item_name,quantity,unit_price
SMOKE-0001,rakuten,2026-12-01 10:00,山田 太郎,150-0001,東京都,渋谷区,神宮前1-1-1,03-1234-5678,SMOKE-1,抹茶 100g,2,1200
CSV
"$app" --db "$db" products import "$work/products.csv"
"$app" --db "$db" import "$work/orders.csv" --format generic
"$app" --db "$db" orders --status all | grep -q SMOKE-0001
"$app" --db "$db" doc slip SMOKE-0001 --out "$work/slip.pdf"
head -c 5 "$work/slip.pdf" | grep -q "%PDF-"

# The GUI: `timeout` ends it after 10 s (status 124); any other status is a failure.
status=0
timeout 10 "$app" --db "$db" --simulate >"$work/gui.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
    cat "$work/gui.log" >&2
    echo "the bundled GUI stopped with status $status" >&2
    exit 1
fi
echo "bundle $app: version, import, slip and GUI start passed"
