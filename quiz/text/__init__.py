"""Text helpers that several areas share: folding and normalising, number words, slugs,
name particles, and making text safe for a terminal or a UTF-8 file.

Banks, play, scores and the generator all import from here, never from each other, so a
rule about text (what counts as the same answer, which words join a name) is written once.
"""
