"""Every mail and document the system writes: jinja2 templates and the .docx templates.

Templates carry no logic beyond loops and conditionals; what they show is computed first.
"""

from pathlib import Path

TEMPLATE_DIR = Path(__file__).parent
