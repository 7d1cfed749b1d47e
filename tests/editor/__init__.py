"""Tests of the editor's tools: explainer new/draft/check, corrections, preview, publishing."""
