from concurrent.futures import ThreadPoolExecutor

import citelib


def test_parsing_in_four_threads_gives_the_same_results(seed_text):
    # A long list (the seed 20 times) so that the threads really overlap in the C++ code,
    # which runs without the GIL.
    text = "\n".join([seed_text] * 20)
    expected = citelib.to_csl_json(citelib.parse(text)[0])

    def work(_):
        refs, diags = citelib.parse(text)
        return citelib.to_csl_json(refs), [str(d) for d in diags]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(work, range(8)))
    assert all(out == expected for out, _ in results)
    assert all(d == results[0][1] for _, d in results)
