"""News agencies whose dispatches outlets reprint: name as written -> canonical name.

Language-independent data: agencies are cited by the same names in French and English copy.
Each language says *how* it credits them (`TextVocabulary.wire_credits`).
"""

from __future__ import annotations

AGENCIES: tuple[tuple[str, str], ...] = (
    ("AFP", "AFP"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("Reuters", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("Associated Press", "AP"),
    ("AP", "AP"),
    ("Bloomberg", "Bloomberg"),
    ("dpa", "DPA"),
    ("DPA", "DPA"),
    ("Deutsche Presse-Agentur", "DPA"),
    ("EFE", "EFE"),
    ("ANSA", "ANSA"),
    ("Belga", "Belga"),
    ("ATS", "ATS"),
    ("Keystone-ATS", "ATS"),
    ("APA", "APA"),
    ("Presse canadienne", "CP"),
    ("Canadian Press", "CP"),
    ("UPI", "UPI"),
    ("Xinhua", "Xinhua"),
    ("Kyodo", "Kyodo"),
    ("Yonhap", "Yonhap"),
    ("PA Media", "PA"),
    ("Press Association", "PA"),
    ("AAP", "AAP"),
    ("PTI", "PTI"),
    ("Anadolu", "Anadolu"),
    ("TASS", "TASS"),
)
