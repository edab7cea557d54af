"""The safety screen, the notice, resources, and what recommend() withholds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import connectkit
from connectkit import ContentError, Recommendation, Resource
from connectkit._notice import _MESSAGES
from connectkit._safety import CONCERN_ORDER, screen
from connectkit._safety_model import SafetyModel, load_model
from connectkit.models import SafetyConcern

from .tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent

REPORT = load_tool("safety_report")
DANGER = REPORT.read_danger(REPORT.DANGER)
BENIGN = REPORT.read_benign(REPORT.BENIGN)


def test_statement_sets_are_large_enough() -> None:
    assert len(DANGER) >= 80
    assert len(BENIGN) >= 80
    assert {concern for concern, _ in DANGER} == {"partner-violence", "self-harm"}


def test_recall_on_danger_statements_is_complete() -> None:
    report = REPORT.evaluate()
    assert report.recall == 1.0, report.misses


def test_false_positives_on_benign_statements_at_most_two_percent() -> None:
    report = REPORT.evaluate()
    assert report.false_positive_rate <= 0.02, report.false_alarms


# The examples the screen was specified with.
@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("he pushed me against the wall", "partner-violence"),
        ("some days I just want to disappear for good", "self-harm"),
        ("I'm scared of what he'll do if I leave", "partner-violence"),
        ("she checks my phone and won't let me see my friends", "partner-violence"),
        ("everyone would be better off without me", "self-harm"),
        ("he's never hit me, but he chokes me when he's angry", "partner-violence"),
        (
            "He doesn\u2019t hit me. He just tells me who I can text and takes my paycheck.",
            "partner-violence",
        ),
        ("SHE SAID SHE'D KILL HERSELF IF I EVER LEFT", "partner-violence"),
        ("my sister says her husband tracks her phone and won't let her work", "partner-violence"),
        ("i dont want to be here anymore", "self-harm"),
        # harm that happened before still counts, and so does a minimised one
        ("she hasn't hurt me in ages but I still can't sleep until she does", "partner-violence"),
        ("it's not like he hits me often, maybe every few weeks", "partner-violence"),
        # digits and spaces from any script reach the cues
        ("\u0663 weeks clean and it's all down the drain", "self-harm"),
        # the same shape of threat about leaving, telling or friends is not play
        ("he said he'll kill me if I ever leave him", "partner-violence"),
        ("she'll kill me if I'm late home again, and last time she broke my nose", "partner-violence"),
        # threats with verbs nobody uses in play are never play, whatever the reason given
        ("he said he'd choke me if i forgot to pick up his dry cleaning", "partner-violence"),
        ("he's going to hit me when he sees the credit card bill", "partner-violence"),
        ("my husband will slap me if i burn the dinner again lol", "partner-violence"),
        # harm before, told with a pause or a few words between
        ("he hasn't hit me, not since june", "partner-violence"),
        ("he hasn't hit me or the kids since christmas", "partner-violence"),
        ("he swore he'd strangle me if I told anyone about the bruises", "partner-violence"),
        ("she says she'll beat me if I go out with my friends again", "partner-violence"),
    ],
)
def test_danger_examples(text: str, concern: str) -> None:
    assert concern in screen([text])


@pytest.mark.parametrize(
    "text",
    [
        "this job is killing me",
        "I could strangle him for leaving socks everywhere",
        "I could kill him for leaving socks out",
        "we fight about dishes",
        "I'm dying for a vacation",
        "she killed it at her presentation",
        "nothing physical or abusive, he just shuts down",
        "he'd never hurt me, he just goes quiet for days",
        "She beat me at chess again and won't stop gloating.",
        "My wife will kill me when she sees the credit card bill.",
        "I'm not suicidal, just really tired of arguing.",
        "I feel safe with her, but we never talk.",
        "he has never hit me since we met, he just sulks",
        "I'm going to strangle her if she plays that song again",
        "he slammed the door on his way out, then came back and we talked it through",
        "she choked me out in bjj class today, we're both blue belts",
        # threats made in play: the condition is trivial and names nothing controlling
        "he says he'll strangle me with the aux cable if I play that song one more time",
        "she's going to murder me when she sees I rearranged her records by colour",
        "my boyfriend will kill me if I spoil the finale lol",
    ],
)
def test_hyperbole_and_ruled_out_mentions_do_not_trigger(text: str) -> None:
    assert screen([text]) == ()


def test_negation_lowers_but_a_following_disclosure_still_counts() -> None:
    assert screen(["he has never hit me"]) == ()
    assert screen(["he has never hit me, but he chokes me when he's angry"]) == ("partner-violence",)
    assert screen(["nobody knows that he hits me"]) == ("partner-violence",)


def test_both_concerns_in_order() -> None:
    text = "He slapped me again last night and honestly I want to die."
    assert screen([text]) == ("partner-violence", "self-harm")


def together_or_risky(rec: Recommendation) -> list[str]:
    found: list[str] = []
    raised = set(rec.safety.concerns) if rec.safety else set()
    for suggestion in rec.practices:
        found.extend(p.id for p in suggestion.prompts)
        found.extend(
            e.id
            for e in suggestion.exercises
            if e.participants == "together" or raised & set(e.contraindications)
        )
    return found


@pytest.mark.parametrize(("concern", "text"), DANGER)
def test_recommend_withholds_couples_items_on_every_danger_statement(concern: str, text: str) -> None:
    rec = connectkit.recommend(text, limit=20, country="US")
    assert rec.safety is not None
    assert concern in rec.safety.concerns
    assert together_or_risky(rec) == []


@pytest.mark.parametrize("challenge", [c.id for c in connectkit.load_library().challenges])
def test_no_contraindicated_exercise_can_come_back(challenge: str) -> None:
    rec = connectkit.recommend([challenge, "and he pushed me against the wall last week"], limit=50)
    assert rec.safety is not None
    assert rec.safety.concerns == ("partner-violence",)
    assert together_or_risky(rec) == []
    assert rec.practices == (), "under a notice, the notice is the answer"


def test_benign_statements_keep_the_full_recommendation() -> None:
    rec = connectkit.recommend("We fight about dishes and I could strangle him for leaving socks everywhere")
    assert rec.safety is None
    assert any(s.prompts for s in rec.practices)


def test_notice_never_echoes_the_words() -> None:
    for concern, text in DANGER:
        rec = connectkit.recommend(text)
        assert rec.safety is not None
        words = re.findall(r"\w+", text.lower())
        notice = rec.safety.model_dump_json().lower()
        for i in range(len(words) - 3):
            assert " ".join(words[i : i + 4]) not in notice, (concern, text)


@pytest.mark.parametrize("message", list(_MESSAGES.values()))
def test_messages_follow_safe_messaging(message: str) -> None:
    lowered = message.lower()
    for banned in ("leave", "confront", "method", "pills", "kill", "abuser", "victim", "you must"):
        assert banned not in lowered
    assert "emergency" in lowered
    assert len(message.split()) <= 80


@pytest.mark.parametrize(
    ("country", "served", "expected"),
    [
        ("US", "US", {"us-national-domestic-violence-hotline", "us-911-emergency"}),
        ("gb", "GB", {"gb-national-domestic-abuse-helpline", "gb-999-emergency"}),
        ("IE", "IE", {"ie-womens-aid-helpline", "ie-112-emergency"}),
        ("AU", "AU", {"au-1800respect", "au-000-emergency"}),
        ("NZ", "NZ", {"nz-womens-refuge-crisis-line", "nz-111-emergency"}),
        ("CA", "CA", {"ca-sheltersafe", "ca-911-emergency"}),
        ("FR", "international", {"intl-hot-peach-pages", "intl-find-a-helpline"}),
        (None, "international", {"intl-hot-peach-pages", "intl-find-a-helpline"}),
    ],
)
def test_resources_by_country(country: str | None, served: str, expected: set[str]) -> None:
    rec = connectkit.recommend("she threw a plate at me", country=country)
    assert rec.safety is not None
    assert rec.safety.country == served
    assert {r.id for r in rec.safety.resources} == expected
    assert rec.safety.resources[0].priority <= rec.safety.resources[-1].priority


def test_both_concerns_get_three_resources_specialised_first() -> None:
    rec = connectkit.recommend("he hits me and I want to die", country="GB")
    assert rec.safety is not None
    assert [r.id for r in rec.safety.resources] == [
        "gb-national-domestic-abuse-helpline",
        "gb-samaritans",
        "gb-999-emergency",
    ]


@pytest.mark.parametrize("country", ["GBR", "England", "1", "", "G"])
def test_bad_country_is_a_clear_error(country: str) -> None:
    with pytest.raises(ValueError, match="two-letter ISO 3166-1 code"):
        connectkit.recommend("we never talk", country=country)


def test_builtin_resources_cover_the_promised_countries() -> None:
    resources = connectkit.load_resources()
    for country in ("US", "CA", "GB", "IE", "AU", "NZ", "international"):
        mine = [r for r in resources if r.country == country]
        for concern in ("partner-violence", "self-harm"):
            assert any(concern in r.concerns for r in mine), (country, concern)
    for resource in resources:
        assert resource.source.startswith("https://")
        assert resource.verified.year >= 2026


def test_apps_can_replace_or_extend_resources(tmp_path: Path) -> None:
    mine = Resource(
        id="acme-care-line",
        country="GB",
        name="Acme care line",
        description="Our own support team.",
        concerns=("partner-violence", "self-harm"),
        phone="0800 000 000",
        priority=1,
        source="https://example.org/care",
        verified="2026-11-01",
    )
    rec = connectkit.recommend("he hit me", country="GB", resources=[mine])
    assert rec.safety is not None
    assert [r.id for r in rec.safety.resources] == ["acme-care-line"]
    extended = (*connectkit.load_resources(), mine)
    rec = connectkit.recommend("he hit me", country="GB", resources=extended)
    assert rec.safety is not None
    assert "acme-care-line" in {r.id for r in rec.safety.resources}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "resources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


RESOURCE_YAML = """\
resources:
  - id: no-line
    country: {country}
    name: A line
    description: Someone to talk to.
    concerns: [self-harm]
    phone: "123"
    source: https://example.org
    verified: 2026-11-25
"""


def test_resources_from_yaml(tmp_path: Path) -> None:
    (resource,) = connectkit.load_resources(write(tmp_path, RESOURCE_YAML.format(country='"NO"')))
    assert resource.country == "NO"


def test_unquoted_no_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        connectkit.load_resources(write(tmp_path, RESOURCE_YAML.format(country="NO")))
    (problem,) = caught.value.problems
    assert problem.item_id == "no-line"
    assert problem.field == "country"
    assert problem.line == 2
    assert 'quote them: country: "NO"' in problem.message


@pytest.mark.parametrize(
    ("country", "message"),
    [("gb", "should match pattern"), ("GBR", "should match pattern"), ("12", "valid string")],
)
def test_country_codes_are_validated(tmp_path: Path, country: str, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        connectkit.load_resources(write(tmp_path, RESOURCE_YAML.format(country=country)))


def test_resource_needs_a_way_to_reach_it(tmp_path: Path) -> None:
    text = RESOURCE_YAML.format(country="GB").replace('    phone: "123"\n', "")
    with pytest.raises(ContentError, match="at least one of phone, text or url"):
        connectkit.load_resources(write(tmp_path, text))


def test_duplicate_resource_ids(tmp_path: Path) -> None:
    one = RESOURCE_YAML.format(country="GB")
    twice = one + one.split("resources:\n", 1)[1]
    with pytest.raises(ContentError, match="duplicate id"):
        connectkit.load_resources(write(tmp_path, twice))


def test_safety_report_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert REPORT.main([]) == 0
    out = capsys.readouterr().out
    assert "recall: 1.000" in out
    assert "false-positive rate:" in out


def test_report_lists_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    danger = tmp_path / "d.txt"
    danger.write_text("self-harm\twe had a lovely walk\n", encoding="utf-8")
    benign = tmp_path / "b.txt"
    benign.write_text("he punched me\n", encoding="utf-8")
    assert REPORT.main([str(danger), str(benign)]) == 0
    out = capsys.readouterr().out
    assert "recall: 0.000" in out
    assert "MISSED [self-harm] we had a lovely walk" in out
    assert "FALSE ALARM [partner-physical, strong-physical] he punched me" in out


def test_shipped_safety_model_is_trained_on_the_current_data() -> None:
    assert load_tool("train_safety_model").main(["--check"]) == 0, "run: python tools/train_safety_model.py"


def test_the_model_needs_a_stronger_signal_without_a_word_touching_on_harm() -> None:
    # weight 1.0 gives a probability of 0.73: enough beside a harm word, not without one
    concern: SafetyConcern = "self-harm"
    model = SafetyModel({concern: {"rope": 1.0}}, {concern: 0.0}, {concern: 0.6}, {concern: 0.8})
    probability = model.probability(concern, {"rope"})
    assert model.threshold(concern, gated=True) <= probability < model.threshold(concern, gated=False)
    assert model.lower_threshold(concern) == 0.6
    shipped = load_model()
    for concern in CONCERN_ORDER:
        assert shipped.threshold(concern, gated=True) < shipped.threshold(concern, gated=False) < 1.0


def test_everyday_statements_raise_no_notice() -> None:
    files = [
        ROOT / "tests" / "dev" / "statements.jsonl",
        *sorted((ROOT / "content" / "training").glob("*.jsonl")),
    ]
    rows = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 1500
    flagged = [row["text"] for row in rows if screen([row["text"]])]
    assert flagged == []


def test_empty_resources_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="no resources"):
        connectkit.load_resources(write(tmp_path, "resources: []\n"))


def test_a_notice_always_has_someone_to_contact() -> None:
    rec = connectkit.recommend("he hit me last night", country="GB", resources=())
    assert rec.safety is not None
    assert rec.safety.resources


@pytest.mark.parametrize(
    "text",
    [
        "I am safe at home, but I want to kill myself.",
        "The kids are not in any danger. I want to kill myself.",
        "It is not like that with him. I want to kill myself.",
        "I used to cut myself and I still do.",
    ],
)
def test_a_ruled_out_mention_elsewhere_does_not_hide_a_disclosure(text: str) -> None:
    assert screen([text]) == ("self-harm",)


def test_long_text_is_screened_in_linear_time() -> None:
    # Clause and sentence breaks are found once per text, not once per cue match.
    assert screen(["he has never hit me. " * 5000]) == ()


def test_cue_names_are_unique() -> None:
    from connectkit._safety_patterns import CUES

    names = [cue.name for cue in CUES]
    assert len(names) == len(set(names))
