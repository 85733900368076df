"""The knowledge base: YAML files in, a typed read-only :class:`KnowledgeBase` out."""

from .base import ContactRoute, KnowledgeBase
from .loader import CheckResult, check_knowledge, load_knowledge
from .problems import KnowledgeError, Problem
from .schema import KINDS, Contact, Entry, Link, Organisation, Programme, Report

__all__ = [
    "CheckResult",
    "Contact",
    "ContactRoute",
    "Entry",
    "KINDS",
    "KnowledgeBase",
    "KnowledgeError",
    "Link",
    "Organisation",
    "Problem",
    "Programme",
    "Report",
    "check_knowledge",
    "load_knowledge",
]
