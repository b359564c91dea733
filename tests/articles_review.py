"""Small invented articles for the review and serve tests: two outlets agree on a count, a
third disagrees (English), and a French pair agrees on a date."""

from __future__ import annotations

from typing import Any

AGREE_A: dict[str, Any] = {
    "id": "rv-harbour-gazette",
    "published": "2025-04-09",
    "lang": "en",
    "title": "Warehouse fire at Kestrel Quay",
    "text": "A fire broke out on Tuesday in a timber warehouse at Kestrel Quay.\n\n"
    "The blaze injured 15 workers, the fire brigade said.\n\n"
    "Firefighters from three stations fought the flames for six hours.",
}
AGREE_B: dict[str, Any] = {
    "id": "rv-coast-daily",
    "published": "2025-04-09",
    "lang": "en",
    "title": "Kestrel Quay warehouse burns",
    "text": "A timber warehouse at Kestrel Quay caught fire on Tuesday.\n\n"
    "The fire brigade said 15 workers were injured in the blaze.\n\n"
    "The owner, Brantley Logistics, said the site had passed an inspection in March.",
}
DISAGREE: dict[str, Any] = {
    "id": "rv-evening-star",
    "published": "2025-04-09",
    "lang": "en",
    "title": "Blaze at the quay",
    "text": "Fire swept through a timber warehouse at Kestrel Quay on Tuesday.\n\n"
    "The blaze injured 8 workers, the fire brigade said.\n\n"
    "Traffic on the harbour road was diverted until the evening.",
}
FR_A: dict[str, Any] = {
    "id": "rv-courrier-vallee",
    "published": "2025-05-16",
    "lang": "fr",
    "title": "Le pont de Varennes-sur-Lisle fermé",
    "text": "Le pont de Varennes-sur-Lisle a été fermé jeudi 15 mai après la découverte "
    "d'une fissure.\n\nLa préfecture a annoncé des travaux de six semaines.",
}
FR_B: dict[str, Any] = {
    "id": "rv-echo-lisle",
    "published": "2025-05-16",
    "lang": "fr",
    "title": "Fissure sur le pont",
    "text": "Une fissure a conduit à la fermeture du pont de Varennes-sur-Lisle jeudi 15 mai.\n\n"
    "Les automobilistes devront emprunter la déviation par la nationale.",
}
HOSTILE: dict[str, Any] = {
    "id": "rv-hostile<script>",
    "published": "2025-04-10",
    "lang": "en",
    "title": "<script>alert('title')</script>",
    "text": "The mayor of Kestrel Quay said <script>alert('x')</script> on Wednesday.\n\n"
    'Residents were told to "stay indoors" <img src=x onerror=alert(1)>.',
}
