<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>talentflow::AboutBox</name>
    <message numerus="yes">
        <source>Data set: %n article(s); publishers named: %1.</source>
        <translation>
            <numerusform>Data set: %n article; publishers named: %1.</numerusform>
            <numerusform>Data set: %n articles; publishers named: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::DatabaseActions</name>
    <message numerus="yes">
        <source>%n new role(s)</source>
        <translation>
            <numerusform>%n new role</numerusform>
            <numerusform>%n new roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new movement(s)</source>
        <translation>
            <numerusform>%n new movement</numerusform>
            <numerusform>%n new movements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::StatusCounter</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movement</numerusform>
            <numerusform>%n movements</numerusform>
        </translation>
    </message>
</context>
</TS>
