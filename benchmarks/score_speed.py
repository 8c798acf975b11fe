"""How fast the rubric engine scores transcripts.

    .venv/bin/python benchmarks/score_speed.py [--runs 200] [--lemmas] [--matcher]

Prints: pipeline load time (imports, spaCy pipelines and cue matchers of both
languages), median and p95 time to score a 1,500-word phone transcript
in-process after warm-up (target ≤ 20 ms), and transcripts scored per second
over the labelled samples of both languages. ``--lemmas`` also prints the
lemmatiser comparison behind the choice of simplemma (feedback/scoring/nlp.py);
``--matcher`` times spaCy's Matcher loaded with the same cue patterns, the
measurement behind the indexed matcher of feedback/scoring/patterns.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples" / "transcripts"
sys.path.insert(0, str(ROOT))

# Italian verb forms the cues rely on, with the lemma a careful reader expects.
LEMMA_CASES = {
    "capisco": "capire",
    "capiamo": "capire",
    "capito": "capire",
    "comprendo": "comprendere",
    "immagino": "immaginare",
    "dispiace": "dispiacere",
    "scuso": "scusare",
    "scusiamo": "scusare",
    "richiameremo": "richiamare",
    "ricontatteremo": "ricontattare",
    "ricontatterà": "ricontattare",
    "contatterà": "contattare",
    "chiamerà": "chiamare",
    "invieremo": "inviare",
    "invio": "inviare",
    "mando": "mandare",
    "manderò": "mandare",
    "farò": "fare",
    "riceverà": "ricevere",
    "riceve": "ricevere",
    "arriva": "arrivare",
    "tornerà": "tornare",
    "tornano": "tornare",
    "riportiamo": "riportare",
    "rimborsiamo": "rimborsare",
    "riaccreditiamo": "riaccreditare",
    "sistemiamo": "sistemare",
    "risolveremo": "risolvere",
    "daremo": "dare",
    "entro": "entro",
    "atteso": "attendere",
    "attenda": "attendere",
    "aspettato": "aspettare",
    "rimasta": "rimanere",
    "metto": "mettere",
    "metterla": "mettere",
    "indicare": "indicare",
    "dice": "dire",
    "racconta": "raccontare",
    "descriva": "descrivere",
    "rivolga": "rivolgere",
    "verrà": "venire",
    "pazientato": "pazientare",
    "serve": "servire",
    "ringrazio": "ringraziare",
    "chiami": "chiamare",
    "preoccuparsi": "preoccupare",
    "deve": "dovere",
    "ragione": "ragione",
    "linea": "linea",
    "attesa": "attesa",
}


def timed(action):
    start = time.perf_counter()
    value = action()
    return value, time.perf_counter() - start


def long_call(language: str, words: int = 1500) -> dict:
    """A timed phone call of about `words` agent and customer words, built from the samples."""
    sources = [json.loads(path.read_text()) for path in sorted(SAMPLES.glob(f"phone-{language}-*.json"))]
    segments, clock, count = [], 0.0, 0
    while count < words:
        for source in sources:
            for segment in source["segments"]:
                length = len(segment["text"].split())
                segments.append(
                    {
                        "speaker": segment["speaker"],
                        "text": segment["text"],
                        "start": round(clock, 2),
                        "end": round(clock + 0.4 * length, 2),
                    }
                )
                clock += 0.4 * length + 0.6
                count += length
                if count >= words:
                    break
            if count >= words:
                break
    return {
        "language": language,
        "channel": "phone",
        "agent_name": "Giulia",
        "customer_name": "Carlo Mariani",
        "requires_verification": True,
        "segments": segments,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def lemma_report() -> None:
    import simplemma
    from spacy.lookups import load_lookups

    from feedback.scoring.nlp import lemma

    table = load_lookups("it", ["lemma_lookup"]).get_table("lemma_lookup")
    for name, lemmatise in (
        ("simplemma", lambda word: simplemma.lemmatize(word, lang="it")),
        ("spacy-lookups-data", lambda word: table.get(word, word)),
        ("engine (simplemma+)", lambda word: lemma(word, "it")),
    ):
        wrong = {word: lemmatise(word) for word, expected in LEMMA_CASES.items() if lemmatise(word) != expected}
        _, seconds = timed(lambda: [lemmatise(word) for _ in range(100) for word in LEMMA_CASES])
        print(
            f"lemmas it {name:19} {len(LEMMA_CASES) - len(wrong)}/{len(LEMMA_CASES)} right, "
            f"{seconds / (100 * len(LEMMA_CASES)) * 1e6:.2f} µs/word; wrong: {wrong}"
        )


def spacy_matcher_report(transcript: dict) -> None:
    """The same cue patterns in spaCy's Matcher, on the same call, for comparison."""
    from spacy.matcher import Matcher

    from feedback.scoring.cues import cue_matcher
    from feedback.scoring.nlp import parse_turns, pipeline
    from feedback.scoring.patterns import LEMMA, UNBOUNDED

    def token(spec) -> dict:
        attribute = "LEMMA" if spec.attribute == LEMMA else "NORM"
        result = {}
        if spec.words is not None:
            result[attribute] = {"NOT_IN" if spec.negate else "IN": sorted(spec.words)}
        if spec.regex is not None:
            result["NORM"] = {"REGEX": spec.regex.pattern}
        if spec.sentence_start:
            result["IS_SENT_START"] = True
        if (spec.low, spec.high) != (1, 1):
            high = "" if spec.high >= UNBOUNDED else spec.high
            result["OP"] = f"{{{spec.low},{high}}}"
        return result

    language = transcript["language"]
    matcher = Matcher(pipeline(language).vocab)
    ours = cue_matcher(language, "agent")
    patterns = {
        id(pattern): pattern
        for group in (*ours._by_norm.values(), *ours._by_lemma.values(), ours._anywhere)
        for pattern in group
    }
    for pattern in patterns.values():
        matcher.add(pattern.label, [[token(spec) for spec in pattern.specs]])
    doc, _ = parse_turns([segment["text"] for segment in transcript["segments"]], language)
    matcher(doc)
    _, seconds = timed(lambda: matcher(doc))
    print(
        f"spaCy Matcher with the {len(patterns)} agent cue patterns ({language}): {seconds * 1000:.0f} ms "
        f"on {len(doc)} tokens"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="timed scorings of the long call per language")
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of the throughput run")
    parser.add_argument("--lemmas", action="store_true", help="also compare the Italian lemmatisers")
    parser.add_argument("--matcher", action="store_true", help="also time spaCy's Matcher with the cue patterns")
    args = parser.parse_args()

    def load():
        from feedback.scoring.cues import cue_matcher
        from feedback.scoring.engine import score_transcript
        from feedback.scoring.nlp import pipeline

        for language in ("it", "en"):
            pipeline(language)
            for speaker in ("agent", "customer"):
                cue_matcher(language, speaker)
        return score_transcript

    score_transcript, load_seconds = timed(load)
    from feedback.scoring.defaults import default_rubric_definition
    from feedback.scoring.transcripts import parse_transcript

    print(f"pipeline load: {load_seconds * 1000:.0f} ms (imports, it+en pipelines, cue matchers)")
    print("(wall-clock figures include waiting for a CPU: compare the CPU time on a busy machine)")
    rubrics = {slug: default_rubric_definition(slug) for slug in ("phone", "social")}
    for language in ("it", "en"):
        transcript = long_call(language)
        words = sum(len(segment["text"].split()) for segment in transcript["segments"])
        for _ in range(10):
            score_transcript(transcript, rubrics["phone"])
        times, cpu = [], []
        for _ in range(args.runs):
            cpu_start = time.process_time()
            times.append(timed(lambda: score_transcript(transcript, rubrics["phone"]))[1] * 1000)
            cpu.append((time.process_time() - cpu_start) * 1000)
        print(
            f"{words}-word phone call ({language}): median {statistics.median(times):.1f} ms, "
            f"p95 {percentile(times, 0.95):.1f} ms over {args.runs} runs (target ≤ 20 ms); "
            f"CPU time median {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms"
        )

    samples = [parse_transcript(path.read_text(encoding="utf-8")) for path in sorted(SAMPLES.iterdir())]
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for transcript in samples:
            score_transcript(transcript, rubrics[transcript["channel"]])
        done += len(samples)
    elapsed = time.perf_counter() - start
    print(
        f"throughput: {done / elapsed:.0f} transcripts/s ({len(samples)} samples, it+en, phone+social, "
        f"{done} scored in {elapsed:.1f} s)"
    )
    if args.lemmas:
        lemma_report()
    if args.matcher:
        for language in ("it", "en"):
            spacy_matcher_report(long_call(language))


if __name__ == "__main__":
    main()
