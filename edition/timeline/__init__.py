"""What happened since the slides (June 2022), from the update notes: collected, dated, each with its
source's publisher (data/publishers.toml), for the timeline pages, the pages' "Since June 2022" boxes and
the downloads. No MkDocs here."""
