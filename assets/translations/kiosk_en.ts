<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<!-- English is the source language: this file holds only the plural forms (Qt writes
     "%n day(s)" as it stands without them). Add a message here for every new %n text. -->
    <context>
        <name>ContentPanel</name>
        <message numerus="yes">
            <source>%n item(s) end within 14 days.</source>
            <translation>
                <numerusform>%n item ends within 14 days.</numerusform>
                <numerusform>%n items end within 14 days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountdownOverlay</name>
        <message numerus="yes">
            <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
            <translation>
                <numerusform>Your visit ends in %n second. Everything you did here will be erased.</numerusform>
                <numerusform>Your visit ends in %n seconds. Everything you did here will be erased.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message numerus="yes">
            <source>Updated %n day(s) ago</source>
            <translation>
                <numerusform>Updated %n day ago</numerusform>
                <numerusform>Updated %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n digit entered</numerusform>
                <numerusform>%n digits entered</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusView</name>
        <message numerus="yes">
            <source>The content is %n day(s) old</source>
            <translation>
                <numerusform>The content is %n day old</numerusform>
                <numerusform>The content is %n days old</numerusform>
            </translation>
        </message>
    </context>
</TS>
