<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AsOfBar</name>
    <message>
        <source>As known on</source>
        <translation>Tel que connu le</translation>
    </message>
    <message>
        <source>Show the story as the public could know it on a day</source>
        <translation>Montrer l&apos;histoire telle que le public pouvait la connaître un jour donné</translation>
    </message>
    <message>
        <source>Day the story is shown as known on</source>
        <translation>Jour où l&apos;histoire est montrée telle que connue</translation>
    </message>
    <message>
        <source>Day, from the first event to the last</source>
        <translation>Jour, du premier événement au dernier</translation>
    </message>
    <message>
        <source>Previous revelation</source>
        <translation>Révélation précédente</translation>
    </message>
    <message>
        <source>Next revelation</source>
        <translation>Révélation suivante</translation>
    </message>
    <message>
        <source>Not yet known, faint</source>
        <translation>Pas encore connu, en pâle</translation>
    </message>
    <message>
        <source>Show what had happened but was not yet public as faint, untitled marks</source>
        <translation>Montrer ce qui s&apos;était produit sans être encore public par des marques pâles, sans titre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play the story</source>
        <translation>Dérouler l&apos;histoire</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Show all: {what}</source>
        <translation>Tout montrer&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Show none: {what}</source>
        <translation>Ne rien montrer&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>nothing to export: no event {filter}</source>
        <translation>rien à exporter&#xa0;: aucun événement {filter}</translation>
    </message>
    <message>
        <source>{lanes} lanes need a picture at least {needed} px tall, taller than the {limit} px Frise makes; show fewer parties</source>
        <translation>{lanes} couloirs demandent une image d&apos;au moins {needed} px de haut, plus que les {limit} px que Frise fait&#xa0;; montrez moins de parties</translation>
    </message>
    <message>
        <source>a height of {height} px is too small for {lanes} lanes; it needs at least {needed} px</source>
        <translation>une hauteur de {height} px est trop petite pour {lanes} couloirs&#xa0;; il faut au moins {needed} px</translation>
    </message>
    <message>
        <source>in {year}</source>
        <translation>en {year}</translation>
    </message>
    <message>
        <source>in {first}–{last}</source>
        <translation>de {first} à {last}</translation>
    </message>
    <message>
        <source>from {year}</source>
        <translation>à partir de {year}</translation>
    </message>
    <message>
        <source>up to {year}</source>
        <translation>jusqu&apos;à {year}</translation>
    </message>
    <message>
        <source>for the parties chosen</source>
        <translation>pour les parties choisies</translation>
    </message>
    <message>
        <source>public by {date}</source>
        <translation>public au {date}</translation>
    </message>
    <message>
        <source>with {count} independent sources or more</source>
        <translation>avec au moins {count} sources indépendantes</translation>
    </message>
    <message>
        <source>as {party} tells it</source>
        <translation>selon {party}</translation>
    </message>
    <message>
        <source>of the kinds chosen</source>
        <translation>des types choisis</translation>
    </message>
    <message>
        <source>as certain as asked</source>
        <translation>aussi certain que demandé</translation>
    </message>
    <message>
        <source>in this timeline</source>
        <translation>dans cette chronologie</translation>
    </message>
    <message>
        <source>a sharpness of {scale}× is not offered</source>
        <translation>une netteté de {scale}× n&apos;est pas proposée</translation>
    </message>
    <message>
        <source>a picture of {width}×{height} pixels is too large (at most {millions} million pixels): make it narrower, or less sharp</source>
        <translation>une image de {width}×{height} pixels est trop grande (au plus {millions} millions de pixels)&#xa0;: faites-la moins large, ou moins nette</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>l&apos;image n&apos;a pas pu être encodée en PNG</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing (text stays text)</source>
        <translation>Dessin SVG (le texte reste du texte)</translation>
    </message>
    <message>
        <source>PDF document (with the sources)</source>
        <translation>Document PDF (avec les sources)</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (standard)</translation>
    </message>
    <message>
        <source>2× (sharp on HiDPI screens)</source>
        <translation>2× (net sur les écrans haute densité)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Montre</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Saved {path} ({w}×{h} px)</source>
        <translation>{path} enregistré ({w}×{h} px)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Picture copied</source>
        <translation>Image copiée</translation>
    </message>
    <message>
        <source>all parties</source>
        <translation>toutes les parties</translation>
    </message>
    <message>
        <source>no party</source>
        <translation>aucune partie</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <source>no certainty</source>
        <translation>aucune certitude</translation>
    </message>
    <message>
        <source>one thread</source>
        <translation>un seul fil</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of what an export shows</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>The picture shows {what}.</source>
        <translation>L&apos;image montre {what}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Open a timeline</source>
        <translation>Ouvrir une chronologie</translation>
    </message>
    <message>
        <source>Timelines (*.json);;All files (*)</source>
        <translation>Chronologies (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Opening a timeline</source>
        <translation>Ouverture d&apos;une chronologie</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Ouverture annulée</translation>
    </message>
    <message>
        <source>Cannot open the timeline</source>
        <translation>Impossible d&apos;ouvrir la chronologie</translation>
    </message>
    <message>
        <source>{name} cannot be opened: more than {count} problems.</source>
        <translation>{name} ne peut pas être ouvert&#xa0;: plus de {count} problèmes.</translation>
    </message>
    <message numerus="yes">
        <source>{name} cannot be opened: %Ln problem(s).</source>
        <translation>
            <numerusform>{name} ne peut pas être ouvert&#xa0;: %Ln problème.</numerusform>
            <numerusform>{name} ne peut pas être ouvert&#xa0;: %Ln problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The timeline shown before is kept.</source>
        <translation>La chronologie affichée jusque-là est conservée.</translation>
    </message>
    <message>
        <source>Cannot show the timeline</source>
        <translation>Impossible d&apos;afficher la frise</translation>
    </message>
    <message>
        <source>{name} cannot be shown: {error}</source>
        <translation>{name} ne peut pas être affiché&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Show every event</source>
        <translation>Montrer tous les événements</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de l&apos;année</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Jusqu&apos;à l&apos;année</translation>
    </message>
    <message>
        <source>Only one year</source>
        <translation>Une seule année</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Seulement</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Confirmed only</source>
        <translation>Confirmés seulement</translation>
    </message>
    <message>
        <source>Hide what is only reported, alleged or disputed</source>
        <translation>Masquer ce qui est seulement rapporté, allégué ou contesté</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Whose account</source>
        <translation>Version de qui</translation>
    </message>
    <message>
        <source>Independent sources, at least</source>
        <translation>Sources indépendantes, au moins</translation>
    </message>
    <message>
        <source>At least this many independent sources</source>
        <translation>Au moins ce nombre de sources indépendantes</translation>
    </message>
    <message>
        <source>any</source>
        <translation>peu importe</translation>
    </message>
    <message>
        <source>Everyone&apos;s (all claims)</source>
        <translation>Toutes les versions</translation>
    </message>
    <message>
        <source>As {name} tells it</source>
        <translation>Selon {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing one thread only (%Ln event(s)).</source>
        <translation>
            <numerusform>Un seul fil affiché (%Ln événement).</numerusform>
            <numerusform>Un seul fil affiché (%Ln événements).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>No result to go to</source>
        <translation>Aucun résultat où aller</translation>
    </message>
    <message>
        <source>Showing {date}</source>
        <translation>Affichage&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>Frise</name>
    <message>
        <source>Something went wrong: {error}

Frise keeps running.</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}

Frise continue de fonctionner.</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>Les détails sont dans {file}.</translation>
    </message>
    <message>
        <source>Frise: unexpected error</source>
        <translation>Frise&#xa0;: erreur inattendue</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Aller à une date</translation>
    </message>
    <message>
        <source>A year, a month or a day: 2024, Aug 2024, 5 Aug 2024, 5 août 2024</source>
        <translation>Une année, un mois ou un jour&#xa0;: 2024, août 2024, 5 août 2024, 5 Aug 2024</translation>
    </message>
    <message>
        <source>Date to go to</source>
        <translation>Date où aller</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Import a spreadsheet or a TimelineJS file</source>
        <translation>Importer un tableur ou un fichier TimelineJS</translation>
    </message>
    <message>
        <source>Spreadsheets and TimelineJS files ({patterns});;All files (*)</source>
        <translation>Tableurs et fichiers TimelineJS ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save as a Frise timeline?</source>
        <translation>Enregistrer comme chronologie Frise&#xa0;?</translation>
    </message>
    <message>
        <source>{name} was read as a {layout}: {events} events in {lanes} lanes.

Save it as a Frise timeline? The window then shows the saved file.</source>
        <translation>{name} a été lu comme {layout}&#xa0;: {events} événements sur {lanes} couloirs.

L&apos;enregistrer comme chronologie Frise&#xa0;? La fenêtre affiche alors le fichier enregistré.</translation>
    </message>
    <message>
        <source>Notes: what was made up or left out.</source>
        <translation>Notes&#xa0;: ce qui a été complété ou laissé de côté.</translation>
    </message>
    <message>
        <source>Save as a Frise timeline</source>
        <translation>Enregistrer comme chronologie Frise</translation>
    </message>
    <message>
        <source>Frise timelines (*.frise.json *.json)</source>
        <translation>Chronologies Frise (*.frise.json *.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>On the plot: previous / next event shown</source>
        <translation>Sur la frise&#xa0;: événement précédent / suivant</translation>
    </message>
    <message>
        <source>Shift+← / Shift+→</source>
        <translation>Maj+← / Maj+→</translation>
    </message>
    <message>
        <source>Move the view a fifth of its width</source>
        <translation>Déplacer la vue d&apos;un cinquième de sa largeur</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page préc. / Page suiv.</translation>
    </message>
    <message>
        <source>Move the view a whole width</source>
        <translation>Déplacer la vue de toute sa largeur</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <source>The first / the last days</source>
        <translation>Les premiers / les derniers jours</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Clear the selection; in the find field, the search</source>
        <translation>Effacer la sélection&#xa0;; dans le champ de recherche, la recherche</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Entrée / Maj+Entrée</translation>
    </message>
    <message>
        <source>In the find field: next / previous result</source>
        <translation>Dans le champ de recherche&#xa0;: résultat suivant / précédent</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>In the find field: to the list of results</source>
        <translation>Dans le champ de recherche&#xa0;: vers la liste des résultats</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>{name} was removed; the last version stays shown</source>
        <translation>{name} a été supprimé&#xa0;; la dernière version reste affichée</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln event(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln événement</numerusform>
            <numerusform>{shown} sur %Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lane(s)</source>
        <translation>
            <numerusform>%Ln couloir</numerusform>
            <numerusform>%Ln couloirs</numerusform>
        </translation>
    </message>
    <message>
        <source>About Frise</source>
        <translation>À propos de Frise</translation>
    </message>
    <message>
        <source>Frise {version}
A timeline viewer for long, tangled stories, with every claim sourced.</source>
        <translation>Frise {version}
Un visualiseur de chronologies pour les histoires longues et embrouillées, chaque affirmation sourcée.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation>Ouvrir un fichier de chronologie</translation>
    </message>
    <message>
        <source>Open the &amp;Musk–OpenAI timeline</source>
        <translation>Ouvrir la chronologie &amp;Musk–OpenAI</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Open a spreadsheet or a TimelineJS file, and save it as a Frise timeline</source>
        <translation>Ouvrir un tableur ou un fichier TimelineJS, et l&apos;enregistrer comme chronologie Frise</translation>
    </message>
    <message>
        <source>&amp;Save as Frise timeline…</source>
        <translation>&amp;Enregistrer comme chronologie Frise…</translation>
    </message>
    <message>
        <source>Write the timeline shown as a Frise file</source>
        <translation>Écrire la chronologie affichée dans un fichier Frise</translation>
    </message>
    <message>
        <source>Reload on &amp;change</source>
        <translation>Recharger à chaque &amp;modification</translation>
    </message>
    <message>
        <source>Reload the file each time it is saved</source>
        <translation>Recharger le fichier à chaque enregistrement</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the timeline as a picture: PNG, SVG or PDF</source>
        <translation>Enregistrer la chronologie comme image&#xa0;: PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the timeline and its sources</source>
        <translation>Imprimer la chronologie et ses sources</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy the view as a picture</source>
        <translation>Copier la vue comme image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit the whole range</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>F&amp;old quiet stretches of time</source>
        <translation>Re&amp;plier les périodes sans événement</translation>
    </message>
    <message>
        <source>Show long stretches with no event as narrow breaks, or the plain calendar</source>
        <translation>Montrer les longues périodes sans événement comme des coupures étroites, ou le calendrier tel quel</translation>
    </message>
    <message>
        <source>&amp;About Frise</source>
        <translation>À &amp;propos de Frise</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>Événement &amp;précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt event</source>
        <translation>Événement s&amp;uivant</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chercher…</translation>
    </message>
    <message>
        <source>Find events by their words, in either language</source>
        <translation>Chercher des événements par leurs mots, dans l&apos;une ou l&apos;autre langue</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>Aller à une &amp;date…</translation>
    </message>
    <message>
        <source>Show a year, a month or a day</source>
        <translation>Montrer une année, un mois ou un jour</translation>
    </message>
    <message>
        <source>Next in &amp;thread</source>
        <translation>Suivant dans le &amp;fil</translation>
    </message>
    <message>
        <source>Select the next event linked, by date, to the selected one</source>
        <translation>Choisir l&apos;événement suivant, par date, parmi ceux liés à l&apos;événement choisi</translation>
    </message>
    <message>
        <source>Previous in t&amp;hread</source>
        <translation>Précédent dans le f&amp;il</translation>
    </message>
    <message>
        <source>Select the previous event linked, by date, to the selected one</source>
        <translation>Choisir l&apos;événement précédent, par date, parmi ceux liés à l&apos;événement choisi</translation>
    </message>
    <message>
        <source>Show this thread &amp;only</source>
        <translation>Ce fil &amp;seulement</translation>
    </message>
    <message>
        <source>Show only the events linked to the selected one, either way</source>
        <translation>Ne montrer que les événements liés à l&apos;événement choisi, dans un sens ou dans l&apos;autre</translation>
    </message>
    <message>
        <source>Party &amp;details</source>
        <translation>Détails de la par&amp;tie</translation>
    </message>
    <message>
        <source>The selected event&apos;s party: what it is and its reply rhythm; again, the next party</source>
        <translation>La partie de l&apos;événement choisi&#xa0;: ce qu&apos;elle est et le rythme de ses réponses&#xa0;; à nouveau, la partie suivante</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>&amp;Comme le système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Language of the &amp;data</source>
        <translation>Langue des &amp;données</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>As &amp;known on…</source>
        <translation>Tel que co&amp;nnu le…</translation>
    </message>
    <message>
        <source>Show the story as the public could know it on a day</source>
        <translation>Montrer l&apos;histoire telle que le public pouvait la connaître un jour donné</translation>
    </message>
    <message>
        <source>&amp;Previous revelation</source>
        <translation>Révélation préc&amp;édente</translation>
    </message>
    <message>
        <source>&amp;Next revelation</source>
        <translation>Révélation &amp;suivante</translation>
    </message>
    <message>
        <source>A month earlier</source>
        <translation>Un mois plus tôt</translation>
    </message>
    <message>
        <source>A month later</source>
        <translation>Un mois plus tard</translation>
    </message>
    <message>
        <source>P&amp;lay the story</source>
        <translation>&amp;Dérouler l&apos;histoire</translation>
    </message>
    <message>
        <source>Step from revelation to revelation, from the first to the last</source>
        <translation>Aller de révélation en révélation, de la première à la dernière</translation>
    </message>
    <message>
        <source>Show what was not yet &amp;known</source>
        <translation>Montrer ce qui n&apos;était pas encore conn&amp;u</translation>
    </message>
    <message>
        <source>As known on a day: what had happened but was not yet public, faint</source>
        <translation>Tel que connu un jour donné&#xa0;: ce qui s&apos;était produit sans être encore public, en pâle</translation>
    </message>
    <message>
        <source>&amp;Claims view</source>
        <translation>Vue des &amp;affirmations</translation>
    </message>
    <message>
        <source>What a party alleges or disputes apart, under each lane, by claimant</source>
        <translation>Ce qu&apos;une partie allègue ou conteste à part, sous chaque couloir, par auteur</translation>
    </message>
    <message>
        <source>&amp;Source meter</source>
        <translation>&amp;Compteur de sources</translation>
    </message>
    <message>
        <source>Over each marker, a tick per independent source: dark for a primary one</source>
        <translation>Au-dessus de chaque marqueur, un trait par source indépendante&#xa0;: foncé pour une source primaire</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Celle de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <source>Show the problems</source>
        <translation>Voir les problèmes</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln problem(s); the last version that opened is shown. The first: {first}</source>
        <translation>
            <numerusform>{name} a un problème&#xa0;; la dernière version qui s&apos;ouvrait est affichée&#xa0;: {first}</numerusform>
            <numerusform>{name} a %Ln problèmes&#xa0;; la dernière version qui s&apos;ouvrait est affichée. Le premier&#xa0;: {first}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <source>All speakers</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message>
        <source>Search the quotes…</source>
        <translation>Chercher dans les citations…</translation>
    </message>
    <message>
        <source>Search the quotes</source>
        <translation>Chercher dans les citations</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>All quotes</source>
        <translation>Toutes les citations</translation>
    </message>
    <message>
        <source>List the quotes of every event, not only of those the filters show</source>
        <translation>Lister les citations de tous les événements, pas seulement de ceux que les filtres montrent</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln quote(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln citation</numerusform>
            <numerusform>{shown} sur %Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet public</source>
        <comment>quotes held back</comment>
        <translation>
            <numerusform>%Ln pas encore publique</numerusform>
            <numerusform>%Ln pas encore publiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes whose source came out after the day shown are held back</source>
        <translation>Les citations dont la source est parue après le jour affiché sont écartées</translation>
    </message>
</context>
<context>
    <name>QuoteTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>{field}: {words}</source>
        <comment>where a search matched, and its words</comment>
        <translation>{field}&#xa0;: {words}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Find events (Ctrl+F)</source>
        <translation>Chercher des événements (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>Chercher des événements</translation>
    </message>
    <message>
        <source>Words of titles, summaries, quotes, speakers, parties and sources, in either language. Enter: next result; Shift+Enter: previous; Escape: clear.</source>
        <translation>Mots des titres, résumés, citations, intervenants, parties et sources, dans l&apos;une ou l&apos;autre langue. Entrée&#xa0;: résultat suivant&#xa0;; Maj+Entrée&#xa0;: précédent&#xa0;; Échap&#xa0;: effacer.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type in the find field (Ctrl+F) to find events.</source>
        <translation>Tapez dans le champ de recherche (Ctrl+F) pour trouver des événements.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <source>No event matches “{query}”.</source>
        <translation>Aucun événement pour «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) match “{query}”.</source>
        <translation>
            <numerusform>%Ln événement pour «&#xa0;{query}&#xa0;».</numerusform>
            <numerusform>%Ln événements pour «&#xa0;{query}&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result {n} of %Ln.</source>
        <translation>
            <numerusform>Résultat {n} sur %Ln.</numerusform>
            <numerusform>Résultat {n} sur %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more hidden by the filters.</source>
        <translation>
            <numerusform>%Ln autre masqué par les filtres.</numerusform>
            <numerusform>%Ln autres masqués par les filtres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selecting</name>
    <message>
        <source>Select an event first</source>
        <translation>Choisissez d&apos;abord un événement</translation>
    </message>
    <message>
        <source>This event is linked to no other</source>
        <translation>Cet événement n&apos;est lié à aucun autre</translation>
    </message>
    <message>
        <source>The last event of this thread</source>
        <translation>Dernier événement de ce fil</translation>
    </message>
    <message>
        <source>The first event of this thread</source>
        <translation>Premier événement de ce fil</translation>
    </message>
    <message>
        <source>Opening {url}</source>
        <translation>Ouverture de {url}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>No timeline open</source>
        <translation>Aucune frise ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lane(s)</source>
        <translation>
            <numerusform>%Ln couloir</numerusform>
            <numerusform>%Ln couloirs</numerusform>
        </translation>
    </message>
    <message>
        <source>{party}: click for its description and reply rhythm</source>
        <translation>{party}&#xa0;: cliquer pour sa description et le rythme de ses réponses</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {event}</source>
        <translation>Choisi&#xa0;: {event}</translation>
    </message>
    <message numerus="yes">
        <source>{lane}, %Ln event(s) in view</source>
        <translation>
            <numerusform>{lane}, %Ln événement visible</numerusform>
            <numerusform>{lane}, %Ln événements visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>click to zoom in</source>
        <translation>cliquer pour zoomer</translation>
    </message>
    <message>
        <source>Not yet known on this day (made public {date})</source>
        <translation>Pas encore connu ce jour-là (rendu public le {date})</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>must be &quot;YYYY&quot;, &quot;YYYY-MM&quot; or &quot;YYYY-MM-DD&quot;</source>
        <comment>a problem in a file</comment>
        <translation>doit s&apos;écrire &quot;AAAA&quot;, &quot;AAAA-MM&quot; ou &quot;AAAA-MM-JJ&quot;</translation>
    </message>
    <message>
        <source>{date} must be &quot;YYYY&quot;, &quot;YYYY-MM&quot; or &quot;YYYY-MM-DD&quot;</source>
        <comment>a problem in a file</comment>
        <translation>{date} doit s&apos;écrire &quot;AAAA&quot;, &quot;AAAA-MM&quot; ou &quot;AAAA-MM-JJ&quot;</translation>
    </message>
    <message>
        <source>{date}: the year must be 0001 or later</source>
        <comment>a problem in a file</comment>
        <translation>{date}&#xa0;: l&apos;année doit être 0001 ou plus tard</translation>
    </message>
    <message>
        <source>{date}: there is no month {month}</source>
        <comment>a problem in a file</comment>
        <translation>{date}&#xa0;: il n&apos;y a pas de mois {month}</translation>
    </message>
    <message>
        <source>{date} is not a real calendar date</source>
        <comment>a problem in a file</comment>
        <translation>{date} n&apos;est pas une date réelle du calendrier</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month name, in dates and on the time axis</comment>
        <translation>déc.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month: Feb 2024</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a day: 29 Feb 2024</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>1</source>
        <comment>the first day of a month, in a date</comment>
        <translation>1er</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day in a span: 3 Jun – 5 Jul 2021</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>,</source>
        <comment>separates thousands in a number: 12,345</comment>
        <translation>&#x202f;</translation>
    </message>
    <message>
        <source>founding</source>
        <comment>kind of event</comment>
        <translation>fondation</translation>
    </message>
    <message>
        <source>funding</source>
        <comment>kind of event</comment>
        <translation>financement</translation>
    </message>
    <message>
        <source>court filing</source>
        <comment>kind of event</comment>
        <translation>acte de procédure</translation>
    </message>
    <message>
        <source>ruling</source>
        <comment>kind of event</comment>
        <translation>décision</translation>
    </message>
    <message>
        <source>statement</source>
        <comment>kind of event</comment>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>deal</source>
        <comment>kind of event</comment>
        <translation>accord</translation>
    </message>
    <message>
        <source>publication</source>
        <comment>kind of event</comment>
        <translation>publication</translation>
    </message>
    <message>
        <source>other</source>
        <comment>kind of event</comment>
        <translation>autre</translation>
    </message>
    <message>
        <source>no kind given</source>
        <comment>kind of event</comment>
        <translation>type non précisé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>certainty of an event</comment>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>certainty of an event</comment>
        <translation>rapporté</translation>
    </message>
    <message>
        <source>alleged</source>
        <comment>certainty of an event</comment>
        <translation>allégué</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>certainty of an event</comment>
        <translation>contesté</translation>
    </message>
    <message>
        <source>responds to</source>
        <comment>this event … that one</comment>
        <translation>répond à</translation>
    </message>
    <message>
        <source>amends</source>
        <comment>this event … that one</comment>
        <translation>modifie</translation>
    </message>
    <message>
        <source>withdraws</source>
        <comment>this event … that one</comment>
        <translation>retire</translation>
    </message>
    <message>
        <source>follows</source>
        <comment>this event … that one</comment>
        <translation>fait suite à</translation>
    </message>
    <message>
        <source>answered by</source>
        <comment>this event … that one</comment>
        <translation>réponse</translation>
    </message>
    <message>
        <source>amended by</source>
        <comment>this event … that one</comment>
        <translation>modifié par</translation>
    </message>
    <message>
        <source>withdrawn by</source>
        <comment>this event … that one</comment>
        <translation>retiré par</translation>
    </message>
    <message>
        <source>followed by</source>
        <comment>this event … that one</comment>
        <translation>suivi de</translation>
    </message>
    <message>
        <source>Latin</source>
        <comment>a script of letters</comment>
        <translation>latines</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <comment>a script of letters</comment>
        <translation>cyrilliques</translation>
    </message>
    <message>
        <source>Greek</source>
        <comment>a script of letters</comment>
        <translation>grecques</translation>
    </message>
    <message>
        <source>Armenian</source>
        <comment>a script of letters</comment>
        <translation>arméniennes</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <comment>a script of letters</comment>
        <translation>hébraïques</translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>a script of letters</comment>
        <translation>arabes</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>a script of letters</comment>
        <translation>chinoises</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quotation marks around a quote or a title</comment>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>events too close to tell apart, listed below</source>
        <comment>legend</comment>
        <translation>événements trop proches pour être distingués, listés en bas</translation>
    </message>
    <message>
        <source>events too close to tell apart</source>
        <comment>legend</comment>
        <translation>événements trop proches pour être distingués</translation>
    </message>
    <message>
        <source>period</source>
        <comment>legend: an event with an end date</comment>
        <translation>période</translation>
    </message>
    <message>
        <source>independent sources</source>
        <comment>legend: ticks over a marker</comment>
        <translation>sources indépendantes</translation>
    </message>
    <message>
        <source>one party&apos;s account</source>
        <comment>legend: a hatched sub-lane</comment>
        <translation>version d&apos;une partie</translation>
    </message>
    <message>
        <source>not yet known</source>
        <comment>legend: a faint mark, as known on a day</comment>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>unnamed</source>
        <comment>who claims it, when the file does not say</comment>
        <translation>source non nommée</translation>
    </message>
    <message>
        <source>as {claimant} tells it</source>
        <comment>a claims sub-lane</comment>
        <translation>selon {claimant}</translation>
    </message>
    <message>
        <source>No party selected</source>
        <translation>Aucune partie sélectionnée</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Aucun événement sur cette période</translation>
    </message>
    <message>
        <source>Click an event to read what happened, who said what, and the sources.</source>
        <translation>Cliquez sur un événement pour lire ce qui s&apos;est passé, qui a dit quoi, et les sources.</translation>
    </message>
    <message>
        <source>The rest of this event is too long to show here.</source>
        <translation>La suite de cet événement est trop longue pour être affichée ici.</translation>
    </message>
    <message>
        <source>This event is long: not all of it is shown.</source>
        <translation>Cet événement est long&#xa0;: il n&apos;est pas affiché en entier.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Made public:</source>
        <translation>Rendu public&#xa0;:</translation>
    </message>
    <message>
        <source>{date}, later than it happened</source>
        <translation>{date}, après les faits</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>— through</source>
        <translation>— par</translation>
    </message>
    <message>
        <source>Certainty:</source>
        <translation>Certitude&#xa0;:</translation>
    </message>
    <message>
        <source>(claimed by {names})</source>
        <translation>(selon {names})</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Qui a dit quoi</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) from sources published after {date} held back.</source>
        <translation>
            <numerusform>%n citation tirée de sources publiées après le {date} écartée.</numerusform>
            <numerusform>%n citations tirées de sources publiées après le {date} écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Traduction&#xa0;:</translation>
    </message>
    <message>
        <source>source {n}: {name}</source>
        <translation>source {n}&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n primary</source>
        <comment>independent sources of this type</comment>
        <translation>
            <numerusform>%n primaire</numerusform>
            <numerusform>%n primaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n press</source>
        <comment>independent sources of this type</comment>
        <translation>
            <numerusform>%n de presse</numerusform>
            <numerusform>%n de presse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aggregator(s)</source>
        <comment>independent sources of this type</comment>
        <translation>
            <numerusform>%n agrégateur</numerusform>
            <numerusform>%n agrégateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s)</source>
        <translation>
            <numerusform>%n source indépendante</numerusform>
            <numerusform>%n sources indépendantes</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}: {parts}</source>
        <comment>sources by type</comment>
        <translation>{count}&#xa0;: {parts}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n copies counted as one source</source>
        <translation>
            <numerusform>{name}&#xa0;: %n reprise comptée comme une seule source</numerusform>
            <numerusform>{name}&#xa0;: %n reprises comptées comme une seule source</numerusform>
        </translation>
    </message>
    <message>
        <source>This event rests on a single source.</source>
        <translation>Cet événement s&apos;appuie sur une seule source.</translation>
    </message>
    <message>
        <source>No source was public yet.</source>
        <translation>Aucune source n&apos;était encore publique.</translation>
    </message>
    <message>
        <source>Only aggregators report this event.</source>
        <translation>Seuls des agrégateurs rapportent cet événement.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Published after {date}, held back:</source>
        <translation>Publiées après le {date}, écartées&#xa0;:</translation>
    </message>
    <message>
        <source>primary source</source>
        <comment>type of a source</comment>
        <translation>source primaire</translation>
    </message>
    <message>
        <source>press</source>
        <comment>type of a source</comment>
        <translation>presse</translation>
    </message>
    <message>
        <source>aggregator</source>
        <comment>type of a source</comment>
        <translation>agrégateur</translation>
    </message>
    <message>
        <source>carrying {name}</source>
        <comment>a copy of another outlet&apos;s report</comment>
        <translation>reprise de {name}</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>{relation}:</source>
        <translation>{relation}&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <comment>a party&apos;s events</comment>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply rhythm</source>
        <translation>Rythme des réponses</translation>
    </message>
    <message>
        <source>Each of its replies at its date, as tall as how long it took.</source>
        <translation>Chaque réponse à sa date, d&apos;autant plus haute qu&apos;elle a tardé.</translation>
    </message>
    <message>
        <source>As known on {date}: later replies are left out.</source>
        <translation>Tel que connu le {date}&#xa0;: les réponses ultérieures sont écartées.</translation>
    </message>
    <message>
        <source>No event of {party} is marked as a reply to another.</source>
        <translation>{party}&#xa0;: aucun événement n&apos;est indiqué comme réponse à un autre.</translation>
    </message>
    <message>
        <source>frise: no display to open a window on (DISPLAY is not set). &apos;frise export&apos; makes a PNG without one; or run under Xvfb: xvfb-run -a frise</source>
        <translation>frise&#xa0;: pas d&apos;écran où ouvrir une fenêtre (DISPLAY n&apos;est pas défini). «&#xa0;frise export&#xa0;» fait un PNG sans écran&#xa0;; ou lancez-la sous Xvfb&#xa0;: xvfb-run -a frise</translation>
    </message>
    <message numerus="yes">
        <source>{sign}%n day(s)</source>
        <comment>how long after an event another came</comment>
        <translation>
            <numerusform>{sign}%n jour</numerusform>
            <numerusform>{sign}%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sign}%n month(s)</source>
        <comment>how long after an event another came</comment>
        <translation>
            <numerusform>{sign}%n mois</numerusform>
            <numerusform>{sign}%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sign}%n year(s)</source>
        <comment>how long after an event another came</comment>
        <translation>
            <numerusform>{sign}%n an</numerusform>
            <numerusform>{sign}%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>same day</source>
        <comment>how long after an event another came</comment>
        <translation>le même jour</translation>
    </message>
    <message>
        <source>same month</source>
        <comment>how long after an event another came</comment>
        <translation>le même mois</translation>
    </message>
    <message>
        <source>same year</source>
        <comment>how long after an event another came</comment>
        <translation>la même année</translation>
    </message>
    <message>
        <source>Sources of the events shown</source>
        <translation>Sources des événements montrés</translation>
    </message>
    <message numerus="yes">
        <source>Only the first {limit} events, in time order: %n more the picture shows are left out. A narrower picture (parties, years, a search, a view) lists its own.</source>
        <translation>
            <numerusform>Seuls les {limit} premiers événements, dans l&apos;ordre chronologique&#xa0;: %n autre, montré sur l&apos;image, est laissé de côté. Une image plus restreinte (des parties, des années, une recherche, une vue) donne la liste des siens.</numerusform>
            <numerusform>Seuls les {limit} premiers événements, dans l&apos;ordre chronologique&#xa0;: %n autres, montrés sur l&apos;image, sont laissés de côté. Une image plus restreinte (des parties, des années, une recherche, une vue) donne la liste des siens.</numerusform>
        </translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>aucune source indiquée</translation>
    </message>
    <message>
        <source>As known on {date}: only what was public that day is shown; sources dated later are left out, and events made public that day have a halo.</source>
        <translation>Tel que connu le {date}&#xa0;: seul ce qui était public ce jour-là figure&#xa0;; les sources datées d&apos;après sont écartées, et les événements rendus publics ce jour-là sont entourés d&apos;un halo.</translation>
    </message>
    <message>
        <source>A faint dotted mark without a title: something that had happened but was not yet known that day.</source>
        <translation>Une marque pointillée pâle, sans titre&#xa0;: un fait déjà survenu mais pas encore connu ce jour-là.</translation>
    </message>
    <message>
        <source>Hatched sub-lanes hold what one party alleges or disputes, one sub-lane per party claiming it, under the lane of each party concerned.</source>
        <translation>Les sous-couloirs hachurés portent ce qu&apos;une partie allègue ou conteste, un sous-couloir par partie qui l&apos;affirme, sous le couloir de chaque partie concernée.</translation>
    </message>
    <message>
        <source>As {claimant} tells it: the facts and {claimant}&apos;s own claims; the others&apos; claims are left out.</source>
        <translation>Selon {claimant}&#xa0;: les faits et ce qu&apos;affirme {claimant}&#xa0;; ce qu&apos;affirment les autres parties est écarté.</translation>
    </message>
    <message>
        <source>The ticks over a marker count its independent sources (a copy counts with the outlet it carries; at most five ticks): dark for a primary source, red when the event rests on one source.</source>
        <translation>Les traits au-dessus d&apos;un marqueur comptent ses sources indépendantes (une reprise compte avec le média qu&apos;elle reproduit&#xa0;; cinq traits au plus)&#xa0;: foncés pour une source primaire, rouges quand l&apos;événement s&apos;appuie sur une seule source.</translation>
    </message>
    <message numerus="yes">
        <source>Only events with at least %n independent source(s) are shown.</source>
        <translation>
            <numerusform>Seuls figurent les événements d&apos;au moins %n source indépendante.</numerusform>
            <numerusform>Seuls figurent les événements d&apos;au moins %n sources indépendantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events too close to tell apart, by their number on the picture</source>
        <translation>Événements trop proches pour être distingués, par leur numéro sur l&apos;image</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>events left out of the key</comment>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>{claimant}: {title}</source>
        <comment>a claim&apos;s label</comment>
        <translation>{claimant}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>as known on {date}</source>
        <translation>tel que connu le {date}</translation>
    </message>
    <message>
        <source>{party} replied {delay} later:</source>
        <comment>who answered an event, and how long after</comment>
        <translation>{party} — réponse {delay} plus tard&#xa0;:</translation>
    </message>
    <message>
        <source>{party} replied {delay} after:</source>
        <comment>who answered an event, and how long after</comment>
        <translation>{party} — réponse {delay} après&#xa0;:</translation>
    </message>
    <message>
        <source>{party} replied {delay} earlier (as dated):</source>
        <comment>who answered an event, and how long after</comment>
        <translation>{party} — réponse {delay} plus tôt (selon les dates)&#xa0;:</translation>
    </message>
    <message>
        <source>{party} replied {delay} before (as dated):</source>
        <comment>who answered an event, and how long after</comment>
        <translation>{party} — réponse {delay} avant (selon les dates)&#xa0;:</translation>
    </message>
    <message>
        <source>{party} replied the same day:</source>
        <comment>who answered an event, and how long after</comment>
        <translation>{party} — réponse le jour même&#xa0;:</translation>
    </message>
    <message>
        <source>{party} replied the same month:</source>
        <comment>who answered an event, and how long after</comment>
        <translation>{party} — réponse le même mois&#xa0;:</translation>
    </message>
    <message>
        <source>{party} replied the same year:</source>
        <comment>who answered an event, and how long after</comment>
        <translation>{party} — réponse la même année&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies); median delay: {delay}</source>
        <comment>a party&apos;s replies to other events</comment>
        <translation>
            <numerusform>%n réponse&#xa0;; délai médian&#xa0;: {delay}</numerusform>
            <numerusform>%n réponses&#xa0;; délai médian&#xa0;: {delay}</numerusform>
        </translation>
    </message>
    <message>
        <source>files</source>
        <comment>a problem in a file</comment>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <comment>a problem in a file</comment>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <comment>a problem in a file</comment>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <comment>a problem in a file</comment>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <comment>a problem in a file</comment>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <comment>a problem in a file</comment>
        <translation>un élément du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>a folder</source>
        <comment>a problem in a file</comment>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <comment>a problem in a file</comment>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>a problem in a file</comment>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>a problem in a file</comment>
        <translation>un socket</translation>
    </message>
    <message>
        <source>it is not a regular file; Frise reads only regular files</source>
        <comment>a problem in a file</comment>
        <translation>ce n&apos;est pas un fichier ordinaire&#xa0;; Frise ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>it is {kind}, not a regular file; Frise reads only regular files</source>
        <comment>a problem in a file</comment>
        <translation>c&apos;est {kind}, pas un fichier ordinaire&#xa0;; Frise ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <comment>a problem in a file</comment>
        <translation>{size}&#xa0;Ko</translation>
    </message>
    <message>
        <source>the file is {size}; Frise reads {what} up to {limit}</source>
        <comment>a problem in a file</comment>
        <translation>le fichier fait {size}&#xa0;; Frise lit les {what} jusqu&apos;à {limit}</translation>
    </message>
    <message>
        <source>the file is larger than {limit}; Frise reads {what} up to {limit}</source>
        <comment>a problem in a file</comment>
        <translation>le fichier dépasse {limit}&#xa0;; Frise lit les {what} jusqu&apos;à {limit}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <comment>a problem in a file</comment>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls): save it as .xlsx (or CSV) and import that</source>
        <comment>a problem in a file</comment>
        <translation>c&apos;est un ancien fichier Excel (.xls)&#xa0;: enregistrez-le en .xlsx (ou en CSV) et importez ce fichier-là</translation>
    </message>
    <message>
        <source>the sheet is empty ({name})</source>
        <comment>a problem in a file</comment>
        <translation>la feuille est vide ({name})</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <comment>a problem in a file</comment>
        <translation>la feuille est vide</translation>
    </message>
    <message>
        <source>row 1 names neither the columns of Frise&apos;s layout (date, parties, title, …) nor those of the TimelineJS template (Year, Month, Day, …, Headline, Text, …); it has: {names}</source>
        <comment>a problem in a file</comment>
        <translation>la ligne 1 ne nomme ni les colonnes du modèle de Frise (date, parties, title, …) ni celles du modèle TimelineJS (Year, Month, Day, …, Headline, Text, …)&#xa0;; elle contient&#xa0;: {names}</translation>
    </message>
    <message>
        <source>row 1 names neither the columns of Frise&apos;s layout (date, parties, title, …) nor those of the TimelineJS template (Year, Month, Day, …, Headline, Text, …)</source>
        <comment>a problem in a file</comment>
        <translation>la ligne 1 ne nomme ni les colonnes du modèle de Frise (date, parties, title, …) ni celles du modèle TimelineJS (Year, Month, Day, …, Headline, Text, …)</translation>
    </message>
    <message>
        <source>neither a Frise timeline (its &quot;format&quot; is &quot;frise-timeline&quot;) nor a TimelineJS file (an object with a list of &quot;events&quot;)</source>
        <comment>a problem in a file</comment>
        <translation>ni une chronologie Frise (son &quot;format&quot; est &quot;frise-timeline&quot;) ni un fichier TimelineJS (un objet avec une liste &quot;events&quot;)</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <comment>a problem in a file</comment>
        <translation>le fichier dépasse {size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <comment>a problem in a file</comment>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>Frise timeline</source>
        <comment>what an imported file was read as</comment>
        <translation>une chronologie Frise</translation>
    </message>
    <message>
        <source>row {rows}</source>
        <comment>where a problem is in a file</comment>
        <translation>ligne {rows}</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <comment>where a problem is in a file</comment>
        <translation>lignes {rows}</translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <comment>where a problem is in a file</comment>
        <translation>
            <numerusform>{listed} et %n autre</numerusform>
            <numerusform>{listed} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Frise spreadsheet</source>
        <comment>what an imported file was read as</comment>
        <translation>un tableur au format de Frise</translation>
    </message>
    <message>
        <source>this column holds data but has no name in row 1</source>
        <comment>a problem in a file</comment>
        <translation>cette colonne contient des données mais n&apos;a pas de nom en ligne 1</translation>
    </message>
    <message>
        <source>column {letter} has the same name</source>
        <comment>a problem in a file</comment>
        <translation>la colonne {letter} porte le même nom</translation>
    </message>
    <message>
        <source>the sheet has no {names} column (Frise&apos;s layout needs date, parties and title)</source>
        <comment>a problem in a file</comment>
        <translation>la feuille n&apos;a pas de colonne {names} (le modèle de Frise demande date, parties et title)</translation>
    </message>
    <message>
        <source>must be empty (an event), &quot;party&quot; or &quot;timeline&quot; (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être vide (un événement), &quot;party&quot; ou &quot;timeline&quot; (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>both this column and &quot;{key}_en&quot; are filled: &quot;{key}&quot; is English when other languages are given; keep one</source>
        <comment>a problem in a file</comment>
        <translation>cette colonne et &quot;{key}_en&quot; sont toutes deux remplies&#xa0;: &quot;{key}&quot; est l&apos;anglais quand d&apos;autres langues sont données&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>the timeline is already described on row {row}</source>
        <comment>a problem in a file</comment>
        <translation>la chronologie est déjà décrite en ligne {row}</translation>
    </message>
    <message>
        <source>write each link as &quot;relation: event-id&quot;, e.g. &quot;follows: founding&quot; (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>écrivez chaque lien sous la forme &quot;relation: event-id&quot;, par exemple &quot;follows: founding&quot; (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be a source number (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être un numéro de source (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>this row has no source {wanted} (its sources: {have})</source>
        <comment>a problem in a file</comment>
        <translation>cette ligne n&apos;a pas de source {wanted} (ses sources&#xa0;: {have})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a problem in a file</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no party row has the id or name {name}</source>
        <comment>a problem in a file</comment>
        <translation>aucune ligne de partie n&apos;a l&apos;identifiant ou le nom {name}</translation>
    </message>
    <message numerus="yes">
        <source>no party rows: the %n lanes are the names written in the parties column, in the order they first appear</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>aucune ligne de partie&#xa0;: le couloir est le nom écrit dans la colonne parties</numerusform>
            <numerusform>aucune ligne de partie&#xa0;: les %n couloirs sont les noms écrits dans la colonne parties, dans l&apos;ordre de leur première apparition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without an id: ids made from the titles (fill the id column to keep them fixed)</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>%n événement sans identifiant&#xa0;: identifiant fait à partir du titre (remplissez la colonne id pour le fixer)</numerusform>
            <numerusform>%n événements sans identifiant&#xa0;: identifiants faits à partir des titres (remplissez la colonne id pour les fixer)</numerusform>
        </translation>
    </message>
    <message>
        <source>no timeline row: the title {title} comes from the file name</source>
        <comment>a problem in a file</comment>
        <translation>aucune ligne de chronologie&#xa0;: le titre {title} vient du nom du fichier</translation>
    </message>
    <message>
        <source>the sheet has no rows below its header</source>
        <comment>a problem in a file</comment>
        <translation>la feuille n&apos;a aucune ligne sous son en-tête</translation>
    </message>
    <message>
        <source>is not used on an event row; leave it empty</source>
        <comment>a problem in a file</comment>
        <translation>ne sert pas sur une ligne d&apos;événement&#xa0;; laissez cette cellule vide</translation>
    </message>
    <message>
        <source>is not used on a party row; leave it empty</source>
        <comment>a problem in a file</comment>
        <translation>ne sert pas sur une ligne de partie&#xa0;; laissez cette cellule vide</translation>
    </message>
    <message>
        <source>is not used on a timeline row; leave it empty</source>
        <comment>a problem in a file</comment>
        <translation>ne sert pas sur la ligne de la chronologie&#xa0;; laissez cette cellule vide</translation>
    </message>
    <message>
        <source>&quot;{lang}&quot; after &quot;{prefix}&quot; must be a language code such as fr</source>
        <comment>a problem in a file</comment>
        <translation>&quot;{lang}&quot; après &quot;{prefix}&quot; doit être un code de langue comme fr</translation>
    </message>
    <message>
        <source>is not a column of Frise&apos;s layout (a typo?)</source>
        <comment>a problem in a file</comment>
        <translation>n&apos;est pas une colonne du modèle de Frise (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>row {row}: not valid CSV: {reason}</source>
        <comment>a problem in a file</comment>
        <translation>ligne {row}&#xa0;: CSV invalide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file claims to be UTF-16 text but is not</source>
        <comment>a problem in a file</comment>
        <translation>le fichier se dit en texte UTF-16 mais ne l&apos;est pas</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte 0x{byte} on line {line} (save the sheet as “CSV UTF-8”, or as XLSX or ODS)</source>
        <comment>a problem in a file</comment>
        <translation>pas du texte UTF-8&#xa0;: octet 0x{byte} à la ligne {line} (enregistrez la feuille en «&#xa0;CSV UTF-8&#xa0;», ou en XLSX ou ODS)</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({reason})</source>
        <comment>a problem in a file</comment>
        <translation>classeur XLSX illisible ({reason})</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <comment>a problem in a file</comment>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>sheet {name} cannot be read past row {row} ({reason})</source>
        <comment>a problem in a file</comment>
        <translation>la feuille {name} ne peut pas être lue au-delà de la ligne {row} ({reason})</translation>
    </message>
    <message>
        <source>reading ODS files needs odfpy: pip install odfpy (or save the sheet as XLSX or CSV)</source>
        <comment>a problem in a file</comment>
        <translation>lire les fichiers ODS demande odfpy&#xa0;: pip install odfpy (ou enregistrez la feuille en XLSX ou en CSV)</translation>
    </message>
    <message>
        <source>not a readable ODS spreadsheet ({reason})</source>
        <comment>a problem in a file</comment>
        <translation>tableur ODS illisible ({reason})</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <comment>a problem in a file</comment>
        <translation>le tableur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>not a readable {kind} file (its zip container is damaged)</source>
        <comment>a problem in a file</comment>
        <translation>fichier {kind} illisible (son conteneur zip est endommagé)</translation>
    </message>
    <message>
        <source>the {kind} file unpacks to {size} MB; Frise reads spreadsheets up to {limit} MB unpacked</source>
        <comment>a problem in a file</comment>
        <translation>le fichier {kind} fait {size}&#xa0;Mo une fois décompressé&#xa0;; Frise lit les tableurs jusqu&apos;à {limit}&#xa0;Mo décompressés</translation>
    </message>
    <message>
        <source>row {row}, column {column}: this text holds a control character that XLSX cannot store (write CSV instead)</source>
        <comment>a problem in a file</comment>
        <translation>ligne {row}, colonne {column}&#xa0;: ce texte contient un caractère de contrôle que XLSX ne peut pas stocker (écrivez plutôt du CSV)</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet</source>
        <comment>what an imported file was read as</comment>
        <translation>un tableur TimelineJS</translation>
    </message>
    <message>
        <source>TimelineJS JSON file</source>
        <comment>what an imported file was read as</comment>
        <translation>un fichier JSON TimelineJS</translation>
    </message>
    <message>
        <source>{column} is not used by Frise (presentation only)</source>
        <comment>a problem in a file</comment>
        <translation>la colonne {column} ne sert pas dans Frise (présentation seulement)</translation>
    </message>
    <message>
        <source>a second title row is shown as an event, as TimelineJS does</source>
        <comment>a problem in a file</comment>
        <translation>une deuxième ligne de titre est montrée comme un événement, comme le fait TimelineJS</translation>
    </message>
    <message>
        <source>a Year is required (on every row but the title row)</source>
        <comment>a problem in a file</comment>
        <translation>une année (Year) est obligatoire (sur chaque ligne sauf celle du titre)</translation>
    </message>
    <message>
        <source>an era needs an End Year</source>
        <comment>a problem in a file</comment>
        <translation>une période (era) doit avoir une année de fin (End Year)</translation>
    </message>
    <message>
        <source>times are not kept: Frise dates go down to the day</source>
        <comment>a problem in a file</comment>
        <translation>les heures ne sont pas conservées&#xa0;: les dates de Frise s&apos;arrêtent au jour</translation>
    </message>
    <message>
        <source>display dates are not kept: Frise shows each date at its precision</source>
        <comment>a problem in a file</comment>
        <translation>les dates d&apos;affichage (Display Date) ne sont pas conservées&#xa0;: Frise montre chaque date à sa précision</translation>
    </message>
    <message>
        <source>must be a whole number (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être un nombre entier (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>needs a Year</source>
        <comment>a problem in a file</comment>
        <translation>demande aussi une année (Year)</translation>
    </message>
    <message>
        <source>a Day needs a Month</source>
        <comment>a problem in a file</comment>
        <translation>un jour (Day) demande aussi un mois (Month)</translation>
    </message>
    <message>
        <source>needs a Headline (or a Text to take a title from)</source>
        <comment>a problem in a file</comment>
        <translation>il faut un titre (Headline), ou un texte (Text) d&apos;où le tirer</translation>
    </message>
    <message>
        <source>no Headline: the title is the start of the Text</source>
        <comment>a problem in a file</comment>
        <translation>pas de titre (Headline)&#xa0;: le titre est le début du texte (Text)</translation>
    </message>
    <message>
        <source>Media Caption is not kept (it is not the page&apos;s own title)</source>
        <comment>a problem in a file</comment>
        <translation>la légende (Media Caption) n&apos;est pas conservée (ce n&apos;est pas le titre de la page elle-même)</translation>
    </message>
    <message>
        <source>a blockquote in Media is added to the summary, as plain text</source>
        <comment>a problem in a file</comment>
        <translation>une citation (blockquote) dans Media est ajoutée au résumé, en texte brut</translation>
    </message>
    <message>
        <source>Media that is not a web address (an embed or a local file) is not kept</source>
        <comment>a problem in a file</comment>
        <translation>un Media qui n&apos;est pas une adresse web (une intégration ou un fichier local) n&apos;est pas conservé</translation>
    </message>
    <message>
        <source>no title row: the title {title} comes from the file name</source>
        <comment>a problem in a file</comment>
        <translation>pas de ligne de titre&#xa0;: le titre {title} vient du nom du fichier</translation>
    </message>
    <message numerus="yes">
        <source>ids made from the titles for %n events</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>identifiant fait à partir du titre pour %n événement</numerusform>
            <numerusform>identifiants faits à partir des titres pour %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>columns not in the TimelineJS template are left out: {columns}</source>
        <comment>a problem in a file</comment>
        <translation>colonnes absentes du modèle TimelineJS, laissées de côté&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>must be a date such as 1815, 1815-12-10 or 12/10/1815 (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être une date comme 1815, 1815-12-10 ou 12/10/1815 (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be a list of slides (TimelineJS&apos;s format)</source>
        <comment>a problem in a file</comment>
        <translation>doit être une liste de diapositives (le format de TimelineJS)</translation>
    </message>
    <message>
        <source>must be a list of eras</source>
        <comment>a problem in a file</comment>
        <translation>doit être une liste de périodes (eras)</translation>
    </message>
    <message>
        <source>the file has no events</source>
        <comment>a problem in a file</comment>
        <translation>le fichier n&apos;a aucun événement</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <comment>a problem in a file</comment>
        <translation>doit être du texte ou un nombre</translation>
    </message>
    <message>
        <source>must be an object {…}</source>
        <comment>a problem in a file</comment>
        <translation>doit être un objet {…}</translation>
    </message>
    <message>
        <source>{note} ({places})</source>
        <comment>a problem in a file</comment>
        <translation>{note} ({places})</translation>
    </message>
    <message>
        <source>Frise dates run from year 1 to 9999 (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>les dates de Frise vont de l&apos;an 1 à l&apos;an 9999 (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12 (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être un mois de 1 à 12 (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be a day of the month from 1 to 31 (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être un jour du mois de 1 à 31 (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>timeline files</source>
        <comment>a problem in a file</comment>
        <translation>fichiers de chronologie</translation>
    </message>
    <message>
        <source>UTF-32 (little-endian)</source>
        <comment>a problem in a file</comment>
        <translation>UTF-32 (petit-boutiste)</translation>
    </message>
    <message>
        <source>UTF-32 (big-endian)</source>
        <comment>a problem in a file</comment>
        <translation>UTF-32 (gros-boutiste)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <comment>a problem in a file</comment>
        <translation>UTF-16 (petit-boutiste)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <comment>a problem in a file</comment>
        <translation>UTF-16 (gros-boutiste)</translation>
    </message>
    <message>
        <source>this file is {encoding} text; Frise reads timeline files in UTF-8 only (save it as UTF-8)</source>
        <comment>a problem in a file</comment>
        <translation>ce fichier est du texte {encoding}&#xa0;; Frise ne lit les chronologies qu&apos;en UTF-8 (enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); a timeline is UTF-8 JSON</source>
        <comment>a problem in a file</comment>
        <translation>ce n&apos;est pas un fichier texte (il contient des données binaires)&#xa0;; une chronologie est du JSON en UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte 0x{byte} at line {line}, column {column} (save the file as UTF-8)</source>
        <comment>a problem in a file</comment>
        <translation>pas du texte UTF-8&#xa0;: octet 0x{byte} à la ligne {line}, colonne {column} (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>not a Frise timeline: &quot;format&quot; must be &quot;{name}&quot; (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>pas une chronologie Frise&#xa0;: &quot;format&quot; doit valoir &quot;{name}&quot; (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>made by a newer Frise: this file is format version {version}, this Frise reads version {readable}; update Frise to open it</source>
        <comment>a problem in a file</comment>
        <translation>fait par une version plus récente de Frise&#xa0;: ce fichier est au format version {version}, ce Frise lit la version {readable}&#xa0;; mettez Frise à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <comment>a problem in a file</comment>
        <translation>{name} n&apos;est pas un nombre JSON</translation>
    </message>
    <message>
        <source>Expecting {first} or {second}</source>
        <comment>a problem in a file</comment>
        <translation>{first} ou {second} attendu</translation>
    </message>
    <message>
        <source>expected {first} or {second}</source>
        <comment>a problem in a file</comment>
        <translation>{first} ou {second} attendu</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <comment>a problem in a file</comment>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <comment>a problem in a file</comment>
        <translation>nom de clé entre guillemets doubles attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <comment>a problem in a file</comment>
        <translation>séparateur &apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <comment>a problem in a file</comment>
        <translation>séparateur &apos;,&apos; attendu</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <comment>a problem in a file</comment>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>Invalid control character</source>
        <comment>a problem in a file</comment>
        <translation>caractère de contrôle interdit</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <comment>a problem in a file</comment>
        <translation>séquence d&apos;échappement \ invalide</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <comment>a problem in a file</comment>
        <translation>échappement \uXXXX invalide</translation>
    </message>
    <message>
        <source>Extra data</source>
        <comment>a problem in a file</comment>
        <translation>données en trop</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <comment>a problem in a file</comment>
        <translation>virgule en trop avant la fin de l&apos;objet</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <comment>a problem in a file</comment>
        <translation>virgule en trop avant la fin du tableau</translation>
    </message>
    <message>
        <source>Expecting a key in double quotes</source>
        <comment>a problem in a file</comment>
        <translation>clé entre guillemets doubles attendue</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; after a key</source>
        <comment>a problem in a file</comment>
        <translation>&apos;:&apos; attendu après une clé</translation>
    </message>
    <message>
        <source>more after the end of the timeline&apos;s object</source>
        <comment>a problem in a file</comment>
        <translation>du contenu après la fin de l&apos;objet de la chronologie</translation>
    </message>
    <message>
        <source>expected value</source>
        <comment>a problem in a file</comment>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>expected ident</source>
        <comment>a problem in a file</comment>
        <translation>mot-clé attendu (true, false ou null)</translation>
    </message>
    <message>
        <source>expected `:`</source>
        <comment>a problem in a file</comment>
        <translation>`:` attendu</translation>
    </message>
    <message>
        <source>key must be a string</source>
        <comment>a problem in a file</comment>
        <translation>une clé doit être une chaîne</translation>
    </message>
    <message>
        <source>trailing comma</source>
        <comment>a problem in a file</comment>
        <translation>virgule en trop</translation>
    </message>
    <message>
        <source>trailing characters</source>
        <comment>a problem in a file</comment>
        <translation>caractères en trop à la fin</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <comment>a problem in a file</comment>
        <translation>échappement invalide</translation>
    </message>
    <message>
        <source>invalid number</source>
        <comment>a problem in a file</comment>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <source>unexpected end of hex escape</source>
        <comment>a problem in a file</comment>
        <translation>échappement hexadécimal incomplet</translation>
    </message>
    <message>
        <source>EOF while parsing a value</source>
        <comment>a problem in a file</comment>
        <translation>fin du fichier au milieu d&apos;une valeur</translation>
    </message>
    <message>
        <source>EOF while parsing an object</source>
        <comment>a problem in a file</comment>
        <translation>fin du fichier au milieu d&apos;un objet</translation>
    </message>
    <message>
        <source>EOF while parsing a list</source>
        <comment>a problem in a file</comment>
        <translation>fin du fichier au milieu d&apos;une liste</translation>
    </message>
    <message>
        <source>EOF while parsing a string</source>
        <comment>a problem in a file</comment>
        <translation>fin du fichier au milieu d&apos;une chaîne</translation>
    </message>
    <message>
        <source>control character (\u0000-\u001F) found while parsing a string</source>
        <comment>a problem in a file</comment>
        <translation>caractère de contrôle (\u0000-\u001F) dans une chaîne</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <comment>a problem in a file</comment>
        <translation>JSON invalide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <comment>a problem in a file</comment>
        <translation>JSON invalide&#xa0;: {reason} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends too early (is it cut short?): {reason}</source>
        <comment>a problem in a file</comment>
        <translation>JSON invalide&#xa0;: le fichier s&apos;arrête trop tôt (est-il tronqué&#xa0;?)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deep (more than a few hundred levels)</source>
        <comment>a problem in a file</comment>
        <translation>JSON invalide&#xa0;: imbrication trop profonde (plus de quelques centaines de niveaux)</translation>
    </message>
    <message>
        <source>the file holds {kind}; a timeline is a JSON object {…}</source>
        <comment>a problem in a file</comment>
        <translation>le fichier contient {kind}&#xa0;; une chronologie est un objet JSON {…}</translation>
    </message>
    <message>
        <source>not valid JSON: nested more than 200 levels deep at line {line} column {column}</source>
        <comment>a problem in a file</comment>
        <translation>JSON invalide&#xa0;: plus de 200 niveaux d&apos;imbrication à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <comment>a problem in a file</comment>
        <translation>{reason} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>the key {key} is given twice; JSON would keep only the last one without a word, so Frise refuses it: remove one</source>
        <comment>a problem in a file</comment>
        <translation>la clé {key} est donnée deux fois&#xa0;; JSON ne garderait que la dernière sans rien dire, alors Frise la refuse&#xa0;: retirez-en une</translation>
    </message>
    <message>
        <source>the file is not a timeline of this format</source>
        <comment>a problem in a file</comment>
        <translation>le fichier n&apos;est pas une chronologie de ce format</translation>
    </message>
    <message>
        <source>this id is used by another party too</source>
        <comment>a problem in a file</comment>
        <translation>cet identifiant est aussi celui d&apos;une autre partie</translation>
    </message>
    <message>
        <source>this id is used by another event too</source>
        <comment>a problem in a file</comment>
        <translation>cet identifiant est aussi celui d&apos;un autre événement</translation>
    </message>
    <message>
        <source>{value} is before the date {date}</source>
        <comment>a problem in a file</comment>
        <translation>{value} précède la date {date}</translation>
    </message>
    <message>
        <source>{value} is before the date {date}; it says when the event became public, which cannot be before it happened</source>
        <comment>a problem in a file</comment>
        <translation>{value} précède la date {date}&#xa0;; ce champ dit quand l&apos;événement a été rendu public, ce qui ne peut pas précéder le moment où il a eu lieu</translation>
    </message>
    <message>
        <source>no party has the id {id}</source>
        <comment>a problem in a file</comment>
        <translation>aucune partie n&apos;a l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{id} is listed twice</source>
        <comment>a problem in a file</comment>
        <translation>{id} figure deux fois</translation>
    </message>
    <message>
        <source>no event has the id {id}</source>
        <comment>a problem in a file</comment>
        <translation>aucun événement n&apos;a l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>an event cannot relate to itself</source>
        <comment>a problem in a file</comment>
        <translation>un événement ne peut pas être lié à lui-même</translation>
    </message>
    <message numerus="yes">
        <source>source {source} does not exist (the event has %n source(s), numbered from 0)</source>
        <comment>a problem in a file</comment>
        <translation>
            <numerusform>la source {source} n&apos;existe pas (l&apos;événement a %n source, numérotée à partir de 0)</numerusform>
            <numerusform>la source {source} n&apos;existe pas (l&apos;événement a %n sources, numérotées à partir de 0)</numerusform>
        </translation>
    </message>
    <message>
        <source>must give at least its &quot;url&quot;, its &quot;publisher&quot; or its &quot;title&quot;</source>
        <comment>a problem in a file</comment>
        <translation>doit donner au moins son &quot;url&quot;, son &quot;publisher&quot; ou son &quot;title&quot;</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens, not starting with a hyphen</source>
        <comment>a problem in a file</comment>
        <translation>doit être fait de lettres minuscules, de chiffres et de tirets, sans tiret au début</translation>
    </message>
    <message>
        <source>must be a language code such as &quot;en&quot; or &quot;fr&quot;</source>
        <comment>a problem in a file</comment>
        <translation>doit être un code de langue comme &quot;en&quot; ou &quot;fr&quot;</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <comment>a problem in a file</comment>
        <translation>doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>must be a colour written &quot;#RRGGBB&quot;</source>
        <comment>a problem in a file</comment>
        <translation>doit être une couleur écrite &quot;#RRGGBB&quot;</translation>
    </message>
    <message>
        <source>has the wrong form</source>
        <comment>a problem in a file</comment>
        <translation>n&apos;a pas la bonne forme</translation>
    </message>
    <message>
        <source>{rule} (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>{rule} (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <comment>a problem in a file</comment>
        <translation>champ obligatoire absent</translation>
    </message>
    <message>
        <source>must be a list (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être une liste (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>the key {key} must be a language code such as &quot;en&quot; or &quot;fr&quot;</source>
        <comment>a problem in a file</comment>
        <translation>la clé {key} doit être un code de langue comme &quot;en&quot; ou &quot;fr&quot;</translation>
    </message>
    <message>
        <source>must be a string or an object of translations such as {&quot;en&quot;: &quot;…&quot;, &quot;fr&quot;: &quot;…&quot;} (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être une chaîne ou un objet de traductions comme {&quot;en&quot;: &quot;…&quot;, &quot;fr&quot;: &quot;…&quot;} (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be 1, the format version Frise reads (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit valoir 1, la version du format que lit Frise (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>is not a field of the format (a typo?)</source>
        <comment>a problem in a file</comment>
        <translation>n&apos;est pas un champ du format (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>is {length} characters long; the limit is {limit} characters</source>
        <comment>a problem in a file</comment>
        <translation>fait {length} caractères&#xa0;; la limite est de {limit} caractères</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>a problem in a file</comment>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <comment>a problem in a file</comment>
        <translation>doit contenir au moins un élément</translation>
    </message>
    <message>
        <source>must be a string (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être une chaîne de caractères (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be {minimum} or more (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit valoir au moins {minimum} (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be an object {…} (found {found})</source>
        <comment>a problem in a file</comment>
        <translation>doit être un objet {…} (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <comment>a problem in a file</comment>
        <translation>doit valoir {value}</translation>
    </message>
    <message>
        <source>must be {choices} or {last}</source>
        <comment>a problem in a file</comment>
        <translation>doit valoir {choices} ou {last}</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <comment>a problem in a file</comment>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <comment>a problem in a file</comment>
        <translation>un tableau JSON</translation>
    </message>
    <message>
        <source>a JSON string</source>
        <comment>a problem in a file</comment>
        <translation>une chaîne JSON</translation>
    </message>
    <message>
        <source>a JSON boolean</source>
        <comment>a problem in a file</comment>
        <translation>un booléen JSON</translation>
    </message>
    <message>
        <source>a JSON null</source>
        <comment>a problem in a file</comment>
        <translation>la valeur JSON null</translation>
    </message>
    <message>
        <source>a JSON number</source>
        <comment>a problem in a file</comment>
        <translation>un nombre JSON</translation>
    </message>
    <message>
        <source>event {id}</source>
        <comment>where a problem is in a file</comment>
        <translation>événement {id}</translation>
    </message>
    <message>
        <source>party {id}</source>
        <comment>where a problem is in a file</comment>
        <translation>partie {id}</translation>
    </message>
    <message>
        <source>file</source>
        <comment>where a problem is in a file</comment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <comment>where a problem is in a file</comment>
        <translation>feuille {name}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <comment>where a problem is in a file</comment>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <comment>where a problem is in a file</comment>
        <translation>colonne {letter}</translation>
    </message>
    <message>
        <source>column {letter} ({name})</source>
        <comment>where a problem is in a file</comment>
        <translation>colonne {letter} ({name})</translation>
    </message>
    <message>
        <source>the sheet</source>
        <comment>where a problem is in a file</comment>
        <translation>la feuille</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <comment>where a problem is in a file</comment>
        <translation>{where}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <comment>a problem in a file</comment>
        <translation>{first} ou {rest}</translation>
    </message>
    <message>
        <source>holds {char}, {why}; remove it</source>
        <comment>a problem in a file</comment>
        <translation>contient {char}, {why}&#xa0;; retirez-le</translation>
    </message>
    <message>
        <source>its host holds %-escapes, which can hide the name a browser goes to</source>
        <comment>a problem in a file</comment>
        <translation>son hôte contient des échappements %, qui peuvent cacher le nom vers lequel va le navigateur</translation>
    </message>
    <message>
        <source>its host {host} is not a valid domain name</source>
        <comment>a problem in a file</comment>
        <translation>son hôte {host} n&apos;est pas un nom de domaine valide</translation>
    </message>
    <message>
        <source>which browsers read as a slash</source>
        <comment>a problem in a file</comment>
        <translation>que les navigateurs lisent comme une barre oblique</translation>
    </message>
    <message>
        <source>a control character</source>
        <comment>a problem in a file</comment>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>a direction control that can make an address read as another</source>
        <comment>a problem in a file</comment>
        <translation>une marque de direction qui peut faire lire une adresse pour une autre</translation>
    </message>
    <message>
        <source>an invisible character that can hide part of an address</source>
        <comment>a problem in a file</comment>
        <translation>un caractère invisible qui peut cacher une partie de l&apos;adresse</translation>
    </message>
    <message>
        <source>a space, which no address holds</source>
        <comment>a problem in a file</comment>
        <translation>un espace, qu&apos;aucune adresse ne contient</translation>
    </message>
    <message>
        <source>which looks like a character that structures an address</source>
        <comment>a problem in a file</comment>
        <translation>qui ressemble à un caractère qui structure une adresse</translation>
    </message>
    <message>
        <source>unexpected error while reading: {error}</source>
        <comment>a problem in a file</comment>
        <translation>erreur inattendue pendant la lecture&#xa0;: {error}</translation>
    </message>
    <message>
        <source>an internationalised name mixing {scripts} letters: it may imitate another</source>
        <translation>un nom internationalisé mêlant des lettres {scripts}&#xa0;: il peut en imiter un autre</translation>
    </message>
    <message>
        <source>an internationalised name in {scripts} letters, shown in ASCII</source>
        <translation>un nom internationalisé en lettres {scripts}, affiché en ASCII</translation>
    </message>
    <message>
        <source>an internationalised name, shown in ASCII</source>
        <translation>un nom internationalisé, affiché en ASCII</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>Ouvrir dans votre navigateur&#xa0;?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <source>No web browser</source>
        <translation>Aucun navigateur web</translation>
    </message>
    <message>
        <source>No web browser could be started to open this address:</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé pour ouvrir cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Copy it, to open it yourself?</source>
        <translation>La copier, pour l&apos;ouvrir vous-même&#xa0;?</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
</context>
</TS>
