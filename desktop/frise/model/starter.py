"""The starter timeline `frise new` writes, and the spreadsheet template is made of.

Small and valid, it shows each part of the format once (two parties, three
events, a range, an alleged event and who claims it, a link between events,
one quote with its translation, one source), in English and French. Its
content is an obvious placeholder: example names and example.org addresses,
nothing about real people. No Qt.
"""

from __future__ import annotations

from typing import Any

from frise.model import schema


def starter_document() -> dict[str, Any]:
    return {
        "format": schema.FORMAT_NAME,
        "version": schema.FORMAT_VERSION,
        "title": {"en": "My story (example)", "fr": "Mon histoire (exemple)"},
        "description": {
            "en": "An example to replace with your own story: edit, check, open.",
            "fr": "Un exemple à remplacer par votre histoire : modifier, vérifier, ouvrir.",
        },
        "parties": [
            {
                "id": "example-company",
                "name": {"en": "Example Company", "fr": "Entreprise Exemple"},
                "color": "#0072B2",
            },
            {
                "id": "example-town",
                "name": {"en": "Example Town Council", "fr": "Conseil municipal d'Exempleville"},
                "color": "#D55E00",
            },
        ],
        "events": [
            {
                "id": "company-founded",
                "date": "2020-03",
                "parties": ["example-company"],
                "kind": "founding",
                "title": {
                    "en": "Example Company is founded (example)",
                    "fr": "Fondation de l'Entreprise Exemple (exemple)",
                },
            },
            {
                "id": "lease-signed",
                "date": "2021-06-15",
                "parties": ["example-company", "example-town"],
                "kind": "deal",
                "title": {
                    "en": "The company and the town sign a lease (example)",
                    "fr": "L'entreprise et la ville signent un bail (exemple)",
                },
                "summary": {
                    "en": "A placeholder event with a quote and its source.",
                    "fr": "Un événement fictif, avec une citation et sa source.",
                },
                "quotes": [
                    {
                        "speaker": "example-town",
                        "text": "This is an example quote.",
                        "lang": "en",
                        "translation": {"fr": "Ceci est une citation d'exemple."},
                        "source": 0,
                    }
                ],
                "sources": [
                    {
                        "title": "Example article",
                        "url": "https://example.org/lease",
                        "publisher": "Example News",
                        "date": "2021-06-16",
                    }
                ],
            },
            {
                "id": "lease-disputed",
                "date": "2022-01",
                "end": "2022-04",
                "parties": ["example-town", "example-company"],
                "kind": "filing",
                "certainty": "alleged",
                "claimed_by": ["example-town"],
                "title": {
                    "en": "The town says the lease was broken (example)",
                    "fr": "La ville affirme que le bail a été rompu (exemple)",
                },
                "related": [{"event": "lease-signed", "relation": "follows"}],
            },
        ],
    }
