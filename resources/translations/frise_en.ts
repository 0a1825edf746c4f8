<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>{name} cannot be opened: %Ln problem(s).</source>
        <translation>
            <numerusform>{name} cannot be opened: %Ln problem.</numerusform>
            <numerusform>{name} cannot be opened: %Ln problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <source>Showing one thread only (%Ln event(s)).</source>
        <translation>
            <numerusform>Showing one thread only (%Ln event).</numerusform>
            <numerusform>Showing one thread only (%Ln events).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{shown} of %Ln event(s)</source>
        <translation>
            <numerusform>{shown} of %Ln event</numerusform>
            <numerusform>{shown} of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lane(s)</source>
        <translation>
            <numerusform>%Ln lane</numerusform>
            <numerusform>%Ln lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message numerus="yes">
        <source>{name} has %Ln problem(s); the last version that opened is shown. The first: {first}</source>
        <translation>
            <numerusform>{name} has a problem; the last version that opened is shown: {first}</numerusform>
            <numerusform>{name} has %Ln problems; the last version that opened is shown. The first: {first}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message numerus="yes">
        <source>{shown} of %Ln quote(s)</source>
        <translation>
            <numerusform>{shown} of %Ln quote</numerusform>
            <numerusform>{shown} of %Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet public</source>
        <comment>quotes held back</comment>
        <translation>
            <numerusform>%Ln not yet public</numerusform>
            <numerusform>%Ln not yet public</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln event(s) match “{query}”.</source>
        <translation>
            <numerusform>%Ln event matches “{query}”.</numerusform>
            <numerusform>%Ln events match “{query}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result {n} of %Ln.</source>
        <translation>
            <numerusform>Result {n} of %Ln.</numerusform>
            <numerusform>Result {n} of %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more hidden by the filters.</source>
        <translation>
            <numerusform>%Ln more hidden by the filters.</numerusform>
            <numerusform>%Ln more hidden by the filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%Ln lane(s)</source>
        <translation>
            <numerusform>%Ln lane</numerusform>
            <numerusform>%Ln lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{lane}, %Ln event(s) in view</source>
        <translation>
            <numerusform>{lane}, %Ln event in view</numerusform>
            <numerusform>{lane}, %Ln events in view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>{sign}%n day(s)</source>
        <comment>how long after an event another came</comment>
        <translation>
            <numerusform>{sign}%n day</numerusform>
            <numerusform>{sign}%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sign}%n month(s)</source>
        <comment>how long after an event another came</comment>
        <translation>
            <numerusform>{sign}%n month</numerusform>
            <numerusform>{sign}%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sign}%n year(s)</source>
        <comment>how long after an event another came</comment>
        <translation>
            <numerusform>{sign}%n year</numerusform>
            <numerusform>{sign}%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>events left out of the key</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {limit} events, in time order: %n more the picture shows are left out. A narrower picture (parties, years, a search, a view) lists its own.</source>
        <translation>
            <numerusform>Only the first {limit} events, in time order: %n more the picture shows is left out. A narrower picture (parties, years, a search, a view) lists its own.</numerusform>
            <numerusform>Only the first {limit} events, in time order: %n more the picture shows are left out. A narrower picture (parties, years, a search, a view) lists its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only events with at least %n independent source(s) are shown.</source>
        <translation>
            <numerusform>Only events with at least %n independent source are shown.</numerusform>
            <numerusform>Only events with at least %n independent sources are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) from sources published after {date} held back.</source>
        <translation>
            <numerusform>%n quote from sources published after {date} held back.</numerusform>
            <numerusform>%n quotes from sources published after {date} held back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n primary</source>
        <comment>independent sources of this type</comment>
        <translation>
            <numerusform>%n primary</numerusform>
            <numerusform>%n primary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n press</source>
        <comment>independent sources of this type</comment>
        <translation>
            <numerusform>%n press</numerusform>
            <numerusform>%n press</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aggregator(s)</source>
        <comment>independent sources of this type</comment>
        <translation>
            <numerusform>%n aggregator</numerusform>
            <numerusform>%n aggregators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s)</source>
        <translation>
            <numerusform>%n independent source</numerusform>
            <numerusform>%n independent sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n copies counted as one source</source>
        <translation>
            <numerusform>{name}: %n copy counted as one source</numerusform>
            <numerusform>{name}: %n copies counted as one source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <comment>a party&apos;s events</comment>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies); median delay: {delay}</source>
        <comment>a party&apos;s replies to other events</comment>
        <translation>
            <numerusform>%n reply; median delay: {delay}</numerusform>
            <numerusform>%n replies; median delay: {delay}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <comment>where a problem is in a file</comment>
        <translation>
            <numerusform>{listed} and %n more</numerusform>
            <numerusform>{listed} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no party rows: the %n lanes are the names written in the parties column, in the order they first appear</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>no party rows: the %n lanes are the names written in the parties column, in the order they first appear</numerusform>
            <numerusform>no party rows: the %n lanes are the names written in the parties column, in the order they first appear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without an id: ids made from the titles (fill the id column to keep them fixed)</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>%n event without an id: ids made from the titles (fill the id column to keep them fixed)</numerusform>
            <numerusform>%n events without an id: ids made from the titles (fill the id column to keep them fixed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ids made from the titles for %n events</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>ids made from the titles for %n events</numerusform>
            <numerusform>ids made from the titles for %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source {source} does not exist (the event has %n source(s), numbered from 0)</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>source {source} does not exist (the event has %n source, numbered from 0)</numerusform>
            <numerusform>source {source} does not exist (the event has %n sources, numbered from 0)</numerusform>
        </translation>
    </message>
</context>
</TS>
