<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events exported to {0}</source>
        <translation>
            <numerusform>%n event exported to {0}</numerusform>
            <numerusform>%n events exported to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message numerus="yes">
        <source>Order {number} resumed: {scanned} of %n units already in</source>
        <translation>
            <numerusform>Order {number} resumed: {scanned} of %n unit already in</numerusform>
            <numerusform>Order {number} resumed: {scanned} of %n units already in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n numbers of {carrier} added</source>
        <translation>
            <numerusform>%n number of {carrier} added</numerusform>
            <numerusform>%n numbers of {carrier} added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels not scanned:</source>
        <translation>
            <numerusform>%n parcel not scanned:</numerusform>
            <numerusform>%n parcels not scanned:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over; manifest {path}</source>
        <translation>
            <numerusform>Handover closed: %n parcel handed over; manifest {path}</numerusform>
            <numerusform>Handover closed: %n parcels handed over; manifest {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels on hold</source>
        <translation>
            <numerusform>%n parcel on hold</numerusform>
            <numerusform>%n parcels on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products added</source>
        <translation>
            <numerusform>%n product added</numerusform>
            <numerusform>%n products added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%n parcels written to {file}</source>
        <translation>
            <numerusform>%n parcel written to {file}</numerusform>
            <numerusform>%n parcels written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers stored, {unchanged} already there, from {file}</source>
        <translation>
            <numerusform>%n tracking number stored, {unchanged} already there, from {file}</numerusform>
            <numerusform>%n tracking numbers stored, {unchanged} already there, from {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned: close only if they stay for the next pickup.</source>
        <translation>
            <numerusform>%n parcel of the list is not scanned: close only if it stays for the next pickup.</numerusform>
            <numerusform>%n parcels of the list are not scanned: close only if they stay for the next pickup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} All %n parcels are scanned: close the handover.</source>
        <translation>
            <numerusform>{message} The %n parcel is scanned: close the handover.</numerusform>
            <numerusform>{message} All %n parcels are scanned: close the handover.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <source>%n parcels of the list are not scanned:</source>
        <translation>
            <numerusform>%n parcel of the list is not scanned:</numerusform>
            <numerusform>%n parcels of the list are not scanned:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handover closed: %n parcels handed over. Manifest: {0}</source>
        <translation>
            <numerusform>Handover closed: %n parcel handed over. Manifest: {0}</numerusform>
            <numerusform>Handover closed: %n parcels handed over. Manifest: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Manifest of %n parcels saved to {0}</source>
        <translation>
            <numerusform>Manifest of %n parcel saved to {0}</numerusform>
            <numerusform>Manifest of %n parcels saved to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message numerus="yes">
        <source>ONE TOO MANY: {name}: the order asks for %n and all %n are already in. Take this one out.</source>
        <translation>
            <numerusform>ONE TOO MANY: {name}: the order asks for %n and it is already in. Take this one out.</numerusform>
            <numerusform>ONE TOO MANY: {name}: the order asks for %n and all %n are already in. Take this one out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message numerus="yes">
        <source>{0} of %n units scanned</source>
        <translation>
            <numerusform>{0} of %n unit scanned</numerusform>
            <numerusform>{0} of %n units scanned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message numerus="yes">
        <source>Parcel closed: the other %n units go in the next parcel, {next}</source>
        <translation>
            <numerusform>Parcel closed: the other %n unit goes in the next parcel, {next}</numerusform>
            <numerusform>Parcel closed: the other %n units go in the next parcel, {next}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipping what is here: %n units wait as backorder {next} until the stock arrives</source>
        <translation>
            <numerusform>Shipping what is here: %n unit waits as backorder {next} until the stock arrives</numerusform>
            <numerusform>Shipping what is here: %n units wait as backorder {next} until the stock arrives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message numerus="yes">
        <source>Mark the %n open units of {0} as verified without a scan.</source>
        <translation>
            <numerusform>Mark the %n open unit of {0} as verified without a scan.</numerusform>
            <numerusform>Mark the %n open units of {0} as verified without a scan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightPanel</name>
    <message numerus="yes">
        <source>{0}: catalogue {1} g, parcels show {2} g (%n parcels): fix the catalogue</source>
        <translation>
            <numerusform>{0}: catalogue {1} g, parcels show {2} g (%n parcel): fix the catalogue</numerusform>
            <numerusform>{0}: catalogue {1} g, parcels show {2} g (%n parcels): fix the catalogue</numerusform>
        </translation>
    </message>
</context>
</TS>
