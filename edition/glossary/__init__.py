"""The glossary (data/glossary.yaml): its terms, the glossary page, and the tooltips in the text."""
