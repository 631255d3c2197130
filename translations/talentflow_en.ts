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
    <name>talentflow::DetailPane</name>
    <message numerus="yes">
        <source>%n person(s) in this ribbon of the talent flow</source>
        <translation>
            <numerusform>%n person in this ribbon of the talent flow</numerusform>
            <numerusform>%n people in this ribbon of the talent flow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more; a company filter or a search narrows the flow</source>
        <translation>
            <numerusform>and %n more; a company filter or a search narrows the flow</numerusform>
            <numerusform>and %n more; a company filter or a search narrows the flow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::Edit</name>
    <message numerus="yes">
        <source>the article is cited %n time(s)</source>
        <translation>
            <numerusform>the article is cited %n time</numerusform>
            <numerusform>the article is cited %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::FlowDiagram</name>
    <message numerus="yes">
        <source>%n person(s) moving</source>
        <translation>
            <numerusform>%n person moving</numerusform>
            <numerusform>%n people moving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 busiest companies are drawn; %n other(s) are merged into “Other companies”</source>
        <translation>
            <numerusform>The %1 busiest companies are drawn; %n other are merged into “Other companies”</numerusform>
            <numerusform>The %1 busiest companies are drawn; %n others are merged into “Other companies”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n article(s)</source>
        <translation>
            <numerusform>Sources: %n article</numerusform>
            <numerusform>Sources: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::FlowExport</name>
    <message numerus="yes">
        <source>%n ribbon(s)</source>
        <translation>
            <numerusform>%n ribbon</numerusform>
            <numerusform>%n ribbons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::SearchExplanation</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
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
<context>
    <name>talentflow::TimelineChart</name>
    <message numerus="yes">
        <source>Now: %n still there</source>
        <translation>
            <numerusform>Now: %n still there</numerusform>
            <numerusform>Now: %n still there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on leave</source>
        <translation>
            <numerusform>%n on leave</numerusform>
            <numerusform>%n on leave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n article(s)</source>
        <translation>
            <numerusform>Sources: %n article</numerusform>
            <numerusform>Sources: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s): one marker per lane, kind and month</source>
        <translation>
            <numerusform>%n move: one marker per lane, kind and month</numerusform>
            <numerusform>%n moves: one marker per lane, kind and month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) without a stated date, in the hatched band at the right</source>
        <translation>
            <numerusform>%n move without a stated date, in the hatched band at the right</numerusform>
            <numerusform>%n moves without a stated date, in the hatched band at the right</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::TimelineExport</name>
    <message numerus="yes">
        <source>%n founder(s): now %1 still there, %2 on leave, %3 gone</source>
        <translation>
            <numerusform>%n founder: now %1 still there, %2 on leave, %3 gone</numerusform>
            <numerusform>%n founders: now %1 still there, %2 on leave, %3 gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n move</numerusform>
            <numerusform>%n moves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a stated date</source>
        <translation>
            <numerusform>%n without a stated date</numerusform>
            <numerusform>%n without a stated date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::Workbench</name>
    <message numerus="yes">
        <source>Remove “%1” and its %n citation(s)? Edit ▸ Undo puts them back.</source>
        <translation>
            <numerusform>Remove “%1” and its %n citation? Edit ▸ Undo puts it back.</numerusform>
            <numerusform>Remove “%1” and its %n citations? Edit ▸ Undo puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n move</numerusform>
            <numerusform>%n moves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
</context>
</TS>
