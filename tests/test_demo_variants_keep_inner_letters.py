"""The demo's respelt copies drop the article only at a word's start: a copy of صالح was صح,
of دلال دل, of غزالة غزة, names no list would hold, and a tester's lists waited on them."""

import random

from app.demo import DemoFactory, vary_arabic


def test_the_article_goes_only_from_a_word_s_start():
    assert "دخي صالح" in {vary_arabic("الدخي صالح", random.Random(s)) for s in range(200)}
    seen = {vary_arabic("صالح دلال", random.Random(seed)) for seed in range(200)}
    assert all("صالح" in text and "دلال" in text for text in seen), seen


def test_no_demo_copy_loses_letters_inside_a_name():
    copies = [p for p, of in DemoFactory(2014).persons(3000) if of is not None]
    words = {w for p in copies for w in p.full_name("original").split()}
    mangled = {"صح", "دل", "غزة", "خدة", "خده"}
    assert not words & mangled, words & mangled
