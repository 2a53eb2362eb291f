"""The source: the transcript, the page plan, the Japanese pages written from them, and the proof that
they are lossless (fidelity)."""
