"""Words Frise itself writes around the data, in English and French.

The data carries its own languages; these are the labels drawn beside it
(legend, details, kinds, certainty), so a French reader sees French around
French data. Unknown languages fall back to English.
"""

from __future__ import annotations

import locale
import os

LANGUAGES = ("en", "fr")

_STRINGS: dict[str, dict[str, str]] = {
    "certainty.confirmed": {"en": "confirmed", "fr": "confirmé"},
    "certainty.reported": {"en": "reported", "fr": "rapporté"},
    "certainty.alleged": {"en": "alleged", "fr": "allégué"},
    "certainty.disputed": {"en": "disputed", "fr": "contesté"},
    "kind.founding": {"en": "founding", "fr": "fondation"},
    "kind.funding": {"en": "funding", "fr": "financement"},
    "kind.filing": {"en": "court filing", "fr": "acte de procédure"},
    "kind.ruling": {"en": "ruling", "fr": "décision"},
    "kind.statement": {"en": "statement", "fr": "déclaration"},
    "kind.deal": {"en": "deal", "fr": "accord"},
    "kind.publication": {"en": "publication", "fr": "publication"},
    "kind.other": {"en": "other", "fr": "autre"},
    "kind.none": {"en": "no kind given", "fr": "type non précisé"},
    "relation.responds-to": {"en": "responds to", "fr": "répond à"},
    "relation.amends": {"en": "amends", "fr": "modifie"},
    "relation.withdraws": {"en": "withdraws", "fr": "retire"},
    "relation.follows": {"en": "follows", "fr": "fait suite à"},
    "relation.responded-by": {"en": "answered by", "fr": "réponse :"},
    "relation.amended-by": {"en": "amended by", "fr": "modifié par"},
    "relation.withdrawn-by": {"en": "withdrawn by", "fr": "retiré par"},
    "relation.followed-by": {"en": "followed by", "fr": "suivi de"},
    "delay.day": {"en": "{sign}{n} day", "fr": "{sign}{n} jour"},
    "delay.days": {"en": "{sign}{n} days", "fr": "{sign}{n} jours"},
    "delay.month": {"en": "{sign}{n} month", "fr": "{sign}{n} mois"},
    "delay.months": {"en": "{sign}{n} months", "fr": "{sign}{n} mois"},
    "delay.year": {"en": "{sign}{n} year", "fr": "{sign}{n} an"},
    "delay.years": {"en": "{sign}{n} years", "fr": "{sign}{n} ans"},
    "delay.same-day": {"en": "same day", "fr": "le même jour"},
    "delay.same-month": {"en": "same month", "fr": "le même mois"},
    "delay.same-year": {"en": "same year", "fr": "la même année"},
    "legend.cluster": {"en": "events too close to tell apart", "fr": "événements trop proches"},
    "legend.range": {"en": "period", "fr": "période"},
    "legend.cluster-key": {
        "en": "events too close to tell apart, listed below",
        "fr": "événements trop proches, listés en bas",
    },
    "key.heading": {
        "en": "Events too close to tell apart, by their number on the picture",
        "fr": "Événements trop proches pour être distingués, par leur numéro sur l'image",
    },
    "key.more": {"en": "… and {count} more", "fr": "… et {count} de plus"},
    "sources.heading": {
        "en": "Sources of the events shown",
        "fr": "Sources des événements montrés",
    },
    "sources.none": {"en": "no source given", "fr": "aucune source indiquée"},
    "empty.no-lanes": {"en": "No party selected", "fr": "Aucune partie sélectionnée"},
    "empty.no-events": {"en": "No events in this range", "fr": "Aucun événement sur cette période"},
    "tooltip.events": {"en": "{count} events", "fr": "{count} événements"},
    "tooltip.zoom": {"en": "click to zoom in", "fr": "cliquer pour zoomer"},
    "quotes.date": {"en": "Date", "fr": "Date"},
    "quotes.speaker": {"en": "Speaker", "fr": "Qui"},
    "quotes.quote": {"en": "Quote", "fr": "Citation"},
    "quotes.translation": {"en": "Translation", "fr": "Traduction"},
    "quotes.all-speakers": {"en": "All speakers", "fr": "Tous les intervenants"},
    "quotes.search": {"en": "Search the quotes…", "fr": "Chercher dans les citations…"},
    "quotes.count": {"en": "{shown} of {total} quotes", "fr": "{shown} citations sur {total}"},
    "details.none": {
        "en": "Click an event to read what happened, who said what, and the sources.",
        "fr": "Cliquez sur un événement pour lire ce qui s'est passé, "
        "qui a dit quoi, et les sources.",
    },
    "details.parties": {"en": "Parties", "fr": "Parties"},
    "details.kind": {"en": "Kind", "fr": "Type"},
    "details.certainty": {"en": "Certainty", "fr": "Certitude"},
    "details.claimed-by": {"en": "claimed by", "fr": "selon"},
    "details.revealed": {"en": "Made public", "fr": "Rendu public"},
    "details.revealed-later": {
        "en": "{date}, later than it happened",
        "fr": "{date}, après les faits",
    },
    "details.revealed-in": {"en": "— through", "fr": "— par"},
    "details.quotes": {"en": "Who said what", "fr": "Qui a dit quoi"},
    "details.translation": {"en": "Translation", "fr": "Traduction"},
    "details.sources": {"en": "Sources", "fr": "Sources"},
    "details.source-ref": {"en": "source {n}", "fr": "source {n}"},
    "details.related": {"en": "Related", "fr": "Liens"},
    "details.to": {"en": "to", "fr": "au"},
    "claims.label": {"en": "{claimant}: {title}", "fr": "{claimant} : {title}"},
    "claims.lane": {"en": "as {claimant} tells it", "fr": "selon {claimant}"},
    "claims.unnamed": {"en": "unnamed", "fr": "source non nommée"},
    "legend.claims": {"en": "one party's account", "fr": "version d'une partie"},
    "legend.meter": {"en": "independent sources", "fr": "sources indépendantes"},
    "legend.ghost": {"en": "not yet known", "fr": "pas encore connu"},
    "legend.fresh": {"en": "just made public", "fr": "tout juste rendu public"},
    "axis.as-of": {"en": "as known on {date}", "fr": "tel que connu le {date}"},
    "details.sources-independent": {
        "en": "{count} independent source(s)",
        "fr": "{count} source(s) indépendante(s)",
    },
    "details.sources-by-type": {"en": "{count}: {parts}", "fr": "{count} : {parts}"},
    "details.sources-primary": {"en": "{count} primary", "fr": "{count} primaire(s)"},
    "details.sources-press": {"en": "{count} press", "fr": "{count} de presse"},
    "details.sources-aggregator": {"en": "{count} aggregator(s)", "fr": "{count} agrégateur(s)"},
    "details.copies": {
        "en": "{name}: {count} copies counted as one source",
        "fr": "{name} : {count} reprises comptées comme une seule source",
    },
    "details.one-source": {
        "en": "This event rests on a single source.",
        "fr": "Cet événement s'appuie sur un seul article.",
    },
    "details.no-source": {
        "en": "No source was public yet.",
        "fr": "Aucune source n'était encore publique.",
    },
    "details.aggregators-only": {
        "en": "Only aggregators report this event.",
        "fr": "Seuls des agrégateurs rapportent cet événement.",
    },
    "details.held-sources": {
        "en": "Published after {date}, held back:",
        "fr": "Publiées après le {date}, écartées :",
    },
    "details.held-quotes": {
        "en": "{count} quote(s) from sources published after {date} held back.",
        "fr": "{count} citation(s) tirée(s) de sources publiées après le {date} écartée(s).",
    },
    "details.copy-of": {"en": "carrying {name}", "fr": "reprise de {name}"},
    "details.type-primary": {"en": "primary source", "fr": "source primaire"},
    "details.type-press": {"en": "press", "fr": "presse"},
    "details.type-aggregator": {"en": "aggregator", "fr": "agrégateur"},
    "tooltip.ghost": {
        "en": "Not yet known on this day (made public {date})",
        "fr": "Pas encore connu ce jour-là (rendu public le {date})",
    },
    "notes.as-of": {
        "en": "As known on {date}: only what was public that day is shown; sources "
        "dated later are left out, and events made public that day have a halo.",
        "fr": "Tel que connu le {date} : seul ce qui était public ce jour-là figure ; "
        "les sources datées d'après sont écartées, et les événements rendus publics "
        "ce jour-là sont entourés d'un halo.",
    },
    "notes.ghosts": {
        "en": "A faint dotted mark without a title: something that had happened but "
        "was not yet known that day.",
        "fr": "Une marque pointillée pâle, sans titre : un fait déjà survenu mais pas "
        "encore connu ce jour-là.",
    },
    "notes.claims": {
        "en": "Hatched sub-lanes hold what one party alleges or disputes, one "
        "sub-lane per party claiming it, under the lane of each party concerned.",
        "fr": "Les sous-couloirs hachurés portent ce qu'une partie allègue ou conteste, "
        "un sous-couloir par partie qui l'affirme, sous le couloir de chaque partie "
        "concernée.",
    },
    "notes.told-by": {
        "en": "As {claimant} tells it: the facts and {claimant}'s own claims; the "
        "others' claims are left out.",
        "fr": "Selon {claimant} : les faits et ce qu'affirme {claimant} ; ce "
        "qu'affirment les autres parties est écarté.",
    },
    "notes.meter": {
        "en": "The ticks over a marker count its independent sources (a copy counts "
        "with the outlet it carries; at most five ticks): dark for a primary source, "
        "red when the event rests on one source.",
        "fr": "Les traits au-dessus d'un marqueur comptent ses sources indépendantes "
        "(une reprise compte avec le média qu'elle reproduit ; cinq traits au plus) : "
        "foncés pour une source primaire, rouges quand l'événement s'appuie sur une "
        "seule source.",
    },
    "notes.min-sources": {
        "en": "Only events with at least {count} independent sources are shown.",
        "fr": "Seuls figurent les événements d'au moins {count} sources indépendantes.",
    },
}


def text(key: str, lang: str, **values: str) -> str:
    entry = _STRINGS.get(key)
    if entry is None:
        return key
    return (entry.get(lang) or entry["en"]).format(**values)


def system_language() -> str:
    """ "fr" when the system locale is French, else "en"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "fr" if code.startswith("fr") else "en"
