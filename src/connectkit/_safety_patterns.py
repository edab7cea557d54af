"""The cue patterns the safety screen looks for, grouped by concern.

Patterns run on text that `_safety.normalize_for_safety` has prepared: case-folded,
accents removed, contractions expanded ("won't" -> "will not", "he'll" -> "he"),
common chat spellings expanded ("dont", "wanna"), and whitespace collapsed.

Each cue is written to need a person as target or subject, so that hyperbole and
idioms ("this job is killing me", "she beat me at chess", "I could strangle him for
leaving socks out") do not fire. What a cue cannot express itself (negation before
it, a trivial reason after it) is handled by the screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import SafetyConcern

__all__ = ["CONSENT", "CUES", "HISTORY", "REPORTED", "RULED_OUT", "SERIOUS", "TRIVIAL", "Cue"]


@dataclass(frozen=True)
class Cue:
    """One pattern, the concern it signals, and how the screen should treat it."""

    concern: SafetyConcern
    name: str
    pattern: re.Pattern[str]
    negatable: bool = True
    """Whether a negation just before the cue ("he has never hit me") cancels it."""
    hyperbole: bool = False
    """Whether a trivial reason in the same sentence ("... when she sees the bill") cancels it."""
    reported: bool = False
    """Whether a topic or reporting context ("a documentary about", "a patient") cancels it."""
    consent: bool = False
    """Whether a sign of agreement in the sentence ("at my request", "we agreed") cancels it."""
    history: bool = False
    """Whether a sign of the distant past ("as a teenager", "years ago") cancels it."""


# A partner as subject: pronouns and the nouns people use for a partner, including the
# gendered ones, because that is how people write about their own relationship.
_PARTNER = (
    r"(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|bf|gf|hubby|wifey|fiance|fiancee|"
    r"spouse|ex|other half|man|woman)"
)
_PERSON_OBJECT = r"(?:me|us|her|him|them)"
_GAP = r"(?:\s+\w+){0,4}?"  # up to four words, e.g. "he has once", "she is going to start"
_VIOLENT = (
    r"(?:hit|hits|hitting|punch|punches|punched|punching|slap|slaps|slapped|slapping|smack|smacks|"
    r"smacked|smacking|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|throttle\w*|"
    r"kick|kicks|kicked|kicking|shove|shoves|shoved|shoving|beat|beats|beating|beaten|bit|bite|bites|"
    r"biting|headbutt\w*|burned|burnt|attack|attacks|attacked|attacking|assault\w*|hurt|hurts|hurting)"
)
_PHYSICAL_VERB = (
    r"(?:push|pushes|pushed|pushing|shove|shoves|shoved|shoving|slam|slams|slammed|slamming|pin|pins|"
    r"pinned|pinning|throw|throws|threw|thrown|throwing|drag|drags|dragged|dragging|grab|grabs|grabbed|"
    r"grabbing|yank|yanks|yanked|yanking|shake|shakes|shook|shaken|shaking|trap|traps|trapped|corner|cornered|"
    r"block|blocks|blocked|lock|locks|locked)"
)
_FAMILY = r"(?:friends|friend|family|mum|mom|mother|dad|father|parents|sister|brother|sisters|brothers|people|anyone|anybody)"
_HARM = r"(?:kill|hurt|harm|hit|beat|shoot|stab|strangle|choke|smash|break|end|destroy)"
_SELF = r"(?:himself|herself|themselves|themself)"


# A partner saying they will harm themselves, often to stop the writer leaving.
_SUICIDE_THREAT = (
    r"\b(?:threat\w*|says?|said|tells me|told me|swears|swore|keeps saying|screams|screamed|texts|texted|warns|warned)\s+"
    r"(?:me\s+)?(?:that\s+)?(?:he|she|they)?\s*(?:will|would|is going to|was going to|going to|gonna|might|could|to)?\s*"
    rf"(?:kill|hurt|harm|end|drown|hang|cut|starve|shoot|poison)\s+(?:{_SELF}|(?:his|her|their) (?:own )?life|it all)"
    r"|\bthreat\w*\s+(?:to\s+)?(?:commit\s+)?suicide\b|\bthreat\w*\s+(?:with\s+)?suicide\b"
    r"|\b(?:says?|said|threatens?|threatened)\s+(?:that\s+)?(?:he|she|they)\s+(?:will|would|is going to|going to)\s+(?:swallow|take|overdose on)\s+(?:all\s+)?(?:his|her|their)\s+(?:pills|tablets|meds)\b"
    r"|\bif\s+(?:i|we)\s+(?:ever\s+)?(?:leave|left|break up|go|end (?:it|things))\b[^.!?]{0,40}?\b(?:kill|hurt|harm|end|drown|hang|cut|starve|shoot|poison)\s+"
    rf"(?:{_SELF}|(?:his|her|their) life)"
)


def _cue(concern: SafetyConcern, name: str, pattern: str, **options: bool) -> Cue:
    return Cue(concern, name, re.compile(pattern), **options)


CUES: tuple[Cue, ...] = (
    # --- Partner violence: physical -------------------------------------------------
    _cue(
        "partner-violence",
        "partner-physical",
        # the lookbehinds keep the writer from being the one acting ("she hears it as me attacking her")
        rf"\b{_PARTNER}\b{_GAP}\s+(?<!\bme )(?<!\bi )(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bbump )(?<!\bbaby )(?<!\bdog )(?<!\bcat ){_VIOLENT}\s+{_PERSON_OBJECT}\b"
        r"(?!\s+(?:up\b|at\b|in (?:a|the|every|our|their) (?!face|head|stomach|chest|back|ribs|car|kitchen|bedroom|street|house|neck|arm|leg)\w+|to it\b|to the (?!ground|floor|point)\w+|"
        r"out of (?:the|my) (?:game|team)|with (?:a|the) (?:pillow|wave|splash|snowball|water)|emotionally|feelings|by (?:forgetting|saying|not|leaving|ignoring)|"
        r"so much|when (?:he|she|they) (?:said|left|forgot|lied)|deeply|badly by|with (?:his|her|their) words|"
        r"with what\b|more than|\w+ at (?:chess|cards|tennis|squash|golf|pool|darts|scrabble|mario|fifa|uno|monopoly|poker|ping pong|"
        r"table tennis|badminton|board games|video games|fortnite|the game)\b))",
        reported=True,
    ),
    _cue(
        "partner-violence",
        "harms-pets",
        rf"\b{_PARTNER}\b{_GAP}\s+(?:kick\w*|hit|hits|punch\w*|threw|throws|strangl\w*|chok\w*|hurt|hurts|drown\w*|beat|beats|kill\w*|poison\w*)\s+"
        r"(?:the|my|our|his|her)\s+(?:little\s+|old\s+|poor\s+|new\s+)?(?:dog|cat|puppy|kitten|pet|pets|rabbit)\b",
        reported=True,
    ),
    _cue(
        "partner-violence",
        "partner-physical-contact",
        rf"\b{_PARTNER}\b{_GAP}\s+{_PHYSICAL_VERB}\s+(?:{_PERSON_OBJECT}|(?:my|her|his) (?:head|face|body|arm|hand))\s+"
        r"(?:against|into(?! the (?:pool|sea|lake|water|snow|leaves|sand))|down|onto|on to|to the (?:floor|ground|wall)|off|across|by (?:the|my|her|his) (?!waist|hand|hands|elbow)|out of (?:the|a) (?:car|bed|room)|around|in (?:the|a) (?:room|bathroom|bedroom|cupboard|closet|car)|up against|so hard|hard|until)",
    ),
    _cue(
        "partner-violence",
        "strong-physical",
        # not a pet, a child, or an accident ("the dog dragged me", "she accidentally elbowed me")
        r"(?<!\bdog )(?<!\bdogs )(?<!\bcat )(?<!\bpuppy )(?<!\bkid )(?<!\bkids )(?<!\btoddler )(?<!\bbaby )(?<!\bson )"
        r"(?<!\bdaughter )(?<!accidentally )"
        # the writer as the one acting is a figure of speech ("I'm going to strangle her if she plays that song again")
        r"(?<!\bcheerfully )(?<!\bhappily )(?<!\bliterally )(?<!\bi could )(?<!\bi will )(?<!\bi would )(?<!\bi am going to )(?<!\bi want to )(?<!\bi might )(?<!\bi am about to )"
        r"\b(?:(?:punch\w*|slap\w*|chok(?:ed|es|ing)|strangl\w*|shov\w*|dragg\w*|pinn(?:ed|ing)|pins|throttl\w*|smack\w*|"
        r"headbutt\w*|spat on|spits on|spit on|kneed|elbowed|body slammed)\s+(?:me|her)|beat (?:me|her|him) up|"
        r"beats (?:me|her|him) up|beaten (?:me|her|him) up|held (?:me|her) down|holds (?:me|her) down|holding (?:me|her) down|"
        r"pins (?:me|her) down|sat on (?:me|her))\b"
        r"(?!\s+(?:up\b|on the back|on\b(?!\s+(?:the (?:floor|ground|stairs|bed)|(?:her|his|their) (?:orders|instructions|say)))|"
        r"out\b(?! of the (?:car|bed|house|room))|off\b|under the table|"
        r"to\b(?!\s+the\s+(?:floor|ground|car|bedroom|bathroom|basement|cellar|wall|door|bed|sofa|couch|fridge|counter))|along\b|that\b|round\b|around\b|"
        r"like a ton|hard (?:emotionally|when)|with (?:the|a|that|this) (?:news|idea|question|bill|truth|realisation|realization)|"
        r"as (?:odd|strange|funny)|at (?:chess|cards|tennis|squash|golf|pool|darts|scrabble|mario|fifa|uno|the game)))",
        reported=True,
    ),
    _cue(
        "partner-violence",
        "harm-again",
        r"\b(?:hurting|hitting|beating|choking|slapping|kicking|hurt|hit|beat)\s+(?:me|her)\s+again\b",
    ),
    _cue(
        "partner-violence",
        "body-grab",
        r"\b(?:me|her|him)\s+by\s+(?:the|my|her|his)\s+(?:neck|throat|hair|arm|arms|wrist|wrists|collar|shoulders|face|jaw|ponytail)\b"
        r"|\b(?:hand|hands|fingers|arm)\s+(?:\w+\s+){0,2}?(?:around|round|on|over|across|against)\s+(?:my|her)\s+(?:throat|neck|mouth)\b"
        r"|\b(?:squeez\w*|grab\w*|clutch\w*|press\w*)\s+(?:\w+\s+){0,2}?(?:my|her)\s+(?:throat|neck)\b",
    ),
    _cue(
        "partner-violence",
        "passive-physical",
        r"\b(?:was|were|got|get|gets|been|being|am|is|are)\s+(?:\w+\s+)?"
        r"(?:hit|punched|slapped|smacked|choked|strangled|kicked|shoved|beaten|beat up|pushed|thrown|dragged|pinned|"
        r"attacked|assaulted|raped|abused|bitten|burned|threatened|strangled)\b(?:\s+\w+){0,3}?\s+by\s+"
        rf"(?:my|her|his|their|the)?\s*{_PARTNER}\b",
    ),
    _cue(
        "partner-violence",
        "thrown-at",
        r"\b(?:threw|throws|throw|throwing|thrown|hurled|hurls|hurling|chucked|chucks|lobbed|lobs|flung|flings)\s+(?:\w+\s+){0,3}?at\s+(?:me|my head|my face|her|him|us)\b",
        hyperbole=True,
    ),
    _cue(
        "partner-violence",
        "thrown-at-head",
        r"\b(?:threw|throws|throw|throwing|hurled|hurls|chucked|chucks|flung|flings)\s+"
        r"(?!(?:a\s+|the\s+|his\s+|her\s+|my\s+)?(?:pillow|cushion|sock|socks|teddy|soft toy|snowball|water balloon)\b)"
        r"(?:\w+\s+){0,3}?at\s+my\s+(?:head|face)\b",
        reported=True,
    ),
    _cue(
        "partner-violence",
        "grabbed-body",
        r"\b(?:grab\w*|squeez\w*|twist\w*|pull\w*|yank\w*|pinch\w*|held|holds|holding)\s+"
        r"(?:me\s+by\s+)?(?:my|her|his)\s+(?:arm|arms|wrist|wrists|throat|neck|hair|face|jaw)\b",
    ),
    _cue(
        "partner-violence",
        "hands-on-throat",
        r"\b(?:hands?|fingers|arm)\s+(?:\w+\s+)?(?:around|round|on|over|across)\s+(?:my|her|his)\s+(?:throat|neck|mouth)\b"
        r"|\bhands?\b[^.!?]{0,40}?\b(?:and then|then)\s+(?:around|round)\s+(?:my|her)\s+(?:throat|neck)\b",
    ),
    _cue(
        "partner-violence",
        "injuries",
        r"\b(?:left|leaves|leaving|gave|gives|giving|had|have|has|hide|hid|hiding|cover|covering|covered)\s+"
        r"(?:me\s+)?(?:with\s+)?(?:up\s+)?(?:the\s+|my\s+|her\s+|a\s+)?(?:bruises|bruise|black eye|marks on my|split lip)\b"
        # "bruises all over my shins from our tango class": the cause is named, and harmless
        r"(?![^.!?]{0,40}?\bfrom\s+(?:(?:our|the|my|a|her|his)\s+(?:\w+\s+)?(?:class|classes|lesson|lessons|practice|training|match|session|hike)|"
        r"(?:walking|bumping|running|banging) into|falling off|tripping over))",
    ),
    _cue(
        "partner-violence",
        "weapon",
        r"\b(?:pulled|pulls|held|holds|holding|pointed|points|pointing|waved|waves|waving|grabbed|came at \w+ with|"
        r"threatened \w+ with|keeps|took out|takes out|got out|gets out|brought out|brings out|showed me|shows me|loaded|loads|"
        r"cleaning|cleans|set|sets|put|puts|placed|left|hold|waving around)\s+(?:out\s+)?(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:knife|gun|guns|weapon|rifle|pistol|bat|baseball bat|hammer|machete|axe)\b"
        r"(?!\s+(?:locked|in (?:a|the|its) (?:gun )?(?:safe|cabinet|case)|of\b))"
        r"|\b(?:knife|gun) to (?:my|her|his) (?:throat|head|chest)\b|\b(?:the|a) (?:knife|gun) in (?:his|her|their) hand\b"
        r"|\b(?:got|took|pulled|grabbed|gets|takes|pulls|grabs)\s+(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:knife|gun|weapon)\s+(?:out|from)\b"
        r"|\b(?:do not|not to|never)\s+make\s+(?:me|him|her|them)\s+use\s+(?:it|this|that)\b",
    ),
    _cue(
        "partner-violence",
        "gets-violent",
        r"\b(?:gets|get|got|getting|becomes|become|became|turns|turned|can be|is|was|has been|be)\s+"
        r"(?:really\s+|so\s+|very\s+|quite\s+|a bit\s+|more\s+)?(?:violent|physically aggressive|rough with me|handsy(?=[^.!?]{0,30}\b(?:angry|mad|temper|furious|rough|drunk|drinking|had a few|had a drink|pissed)))\b"
        r"|\b(?:gets|get|got|getting|becomes|became|turns|turned)\s+(?:really\s+|a bit\s+)?physical\b"
        r"(?!\s+(?:activity|activities|therapy|job|work|game|exercise|chemistry|attraction|touch|affection|intimacy))"
        r"(?![^.!?]{0,30}?\bwe\s+(?:moved|carried|lifted|shifted|were moving|were carrying))",
        history=True,
        reported=True,
    ),
    _cue(
        "partner-violence",
        "abuse-named",
        r"\b(?:abusive|abuser|abusing me|abuses me|abused me|abuse me|domestic violence|domestic abuse|"
        r"intimate partner violence|coercive control|coercive|battered (?:wife|woman|women|partner|spouse)|being abused|was abused by (?:my|him|her))\b",
        reported=True,
        history=True,
    ),
    _cue(
        "partner-violence",
        "violent-towards",
        rf"\bviolent\s+(?:with|towards|toward|to)\s+{_PERSON_OBJECT}\b|\bviolent (?:temper|outbursts?|rages?)\b",
    ),
    # --- Partner violence: threats --------------------------------------------------
    _cue(
        "partner-violence",
        "threatened-harm",
        r"\bthreat\w*\s+(?:me\s+)?(?:to\s+|that\s+(?:he|she|they)\s+(?:would|will|is going to|was going to|going to|gonna)?\s*)?"
        rf"(?:{_HARM}\b|take (?:the|my|our) (?:kids|children|son|daughter|baby|child)|ruin me|leave me with nothing|"
        r"make me pay|come after|get me|hurt the|kill the|burn|throw me out on|have me|out me|expose me|tell everyone|report me|"
        r"have me deported|deport|crash|post|share|send|leak|ruin|destroy)",
        hyperbole=True,
    ),
    _cue(
        "partner-violence",
        "threatens-me",
        r"\bthreat(?:ens|ened|ening)\s+(?:me|us|her)\b(?!\s+with\s+(?:divorce|leaving|a breakup|breaking up|moving out))",
    ),
    _cue(
        "partner-violence",
        "said-would-harm",
        r"\b(?:said|says|say|told me|tells me|swore|swears|promised|screamed|yelled|texted|keeps saying)\s+(?:that\s+)?"
        r"(?:he|she|they)\s+(?:would|will|is going to|was going to|going to|gonna|could|might)?\s*(?:\w+\s+)?"
        rf"{_HARM}\s+(?:me|us|her|him|the kids|the children|my \w+)\b",
        hyperbole=True,
    ),
    _cue(
        "partner-violence",
        "harm-if-i-leave",
        rf"\b{_HARM}\s+(?:me|us|her|him)\s+if\s+(?:i|she|he|we)\s+(?:ever\s+|even\s+|try to\s+|tried to\s+)?"
        r"(?:leave|left|leaves|go|went|tell|told|try|report|call|talk|break up|move out|see)\b",
    ),
    # --- Partner violence: fear -----------------------------------------------------
    _cue(
        "partner-violence",
        "afraid-of-partner",
        r"\b(?:scared|afraid|terrified|frightened|fearful|petrified)\s+of\s+"
        r"(?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|spouse|ex))"
        r"(?=\s*(?:[.,;!?]|$)|\s+(?:when|because|and|sometimes|now|so|since|lately|at|after|if|these|most|all|every|"
        r"already|too|right|half|really|honestly|again|whenever|drinking|drunk|angry|to be honest|not going to lie|though)\b)",
    ),
    _cue(
        "partner-violence",
        "afraid-what-partner-does",
        r"\b(?:scared|afraid|terrified|frightened|worried|fear|fearful|petrified|nervous)\s+(?:about\s+|of\s+)?"
        r"what\s+(?:he|she|they|my \w+)\s+(?:\w+\s+)?(?:do|does|did|is capable of|capable of|might do|could do)\b",
    ),
    _cue(
        "partner-violence",
        "afraid-partner-will-harm",
        r"\b(?:scared|afraid|terrified|frightened|fear|fearful|worried|petrified)\s+(?:that\s+)?(?:\w+\s+){0,4}?"
        r"(?:he|she|they)\s+(?:will|would|might|could|is going to|going to|gonna|may)?\s*(?:\w+\s+)?"
        r"(?:hurt|kill|hit|harm|beat|snap|lose it and|come after|do something to|attack|strangle|choke|find me)\b",
    ),
    _cue(
        "partner-violence",
        "not-safe",
        r"\b(?:not|never|no longer|barely|hardly)\s+(?:\w+\s+)?(?:feel\s+)?safe\s+"
        r"(?:at home|in (?:my|our|the) (?:own )?(?:home|house|flat|apartment|bed|relationship)|with (?:him|her|them|my \w+)|"
        r"around (?:him|her|them|my \w+)|when (?:he|she|they)|near (?:him|her|them)|going home|living with|anymore at home)",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "afraid-to-go-home",
        r"\b(?:afraid|scared|terrified|frightened|dread|dreading|fear)\s+(?:to\s+|of\s+)?(?:go|going|come|coming)\s+home\b"
        r"(?!\s+to\s+(?:a|the|more|another)\s+(?:\w+\s+)?(?:list|chores|mess|pile|dishes|laundry|washing|inbox|bills))",
    ),
    _cue(
        "partner-violence",
        "fear-for-safety",
        r"\b(?:fear|fearing|feared|afraid|scared|worried|terrified)\s+for\s+(?:my|our|the kids|my kids|her|his)\s*(?:own\s+)?(?:life|lives|safety)\b",
    ),
    # --- Partner violence: coercive control -----------------------------------------
    _cue(
        "partner-violence",
        "monitoring",
        rf"\b{_PARTNER}\b(?:\s+\w+){{0,4}}?\s+(?:checks|check|checking|goes through|go through|going through|reads|read|"
        r"reading|monitors|monitor|monitoring|tracks|track|tracking|spies on|spy on|spying on|logs into|logs in to|records|recorded|recording|"
        r"listens to|needs|demands to see|"
        r"watches|controls|control|controlling|has access to|demands|wants)\s+(?:all\s+(?:of\s+)?|everything on\s+|every\s+)?(?:my|her)\s+"
        r"(?:phone|phones|messages|texts|emails|email|location|whatsapp|dms|browser|bank|social media|every move|"
        r"calls|mileage|receipts|accounts|passwords|password)"
        r"(?!\s+in\s+(?:a|the|that|this|his|her)\s+(?:\w+\s+){0,3}(?:tone|way|voice))",
        consent=True,
    ),
    _cue(
        "partner-violence",
        "tracking-me",
        # not a job, a mood or a pet following someone home
        r"(?<!\bjob )(?<!\bwork )(?<!\bstress )(?<!\bit )(?<!\bdog )(?<!\bcat )(?<!\bsmell )"
        r"\b(?:tracks|tracking|tracked|track|stalks|stalking|stalked|spies on|spying on|spied on|follows|followed|following)\s+"
        r"(?:me|her)\s+(?:everywhere|wherever|around|home|to work|with|through|on (?:the|my) (?:phone|location)|using)"
        r"(?!\s+(?:like a\b|(?:the|our)\s+(?:house|flat|home|kitchen|garden)\s+(?:all day\s+)?(?:like a|because|since)\b))"
        r"|\b(?:tracker|tracking app|spyware|airtag|gps)\s+(?:\w+\s+){0,3}?(?:on|in|under)\s+(?:my|her)\b"
        r"(?!\s+(?:keys|keyring|wallet|bag|luggage|suitcase|bike|dog|cat|backpack))"
        r"|\b(?:stalks|stalking|stalked)\s+(?:me|her)\b",
    ),
    _cue(
        "partner-violence",
        "demands-passwords",
        r"\b(?:demands?|demanded|demanding|makes me|made me|forces me to|forced me to|insists? on|insisted on)\s+"
        r"(?:give|giving|hand|handing|share|sharing|show|showing|tell|telling)?\s*(?:over\s+|him\s+|her\s+|them\s+)?"
        r"(?:all\s+)?(?:my|her)\s+(?:passwords?|passcodes?|pin|phone|location|messages)\b",
    ),
    _cue(
        "partner-violence",
        "will-not-let-me",
        r"\b(?:will not|does not|did not|would not|never|not going to|refuses to|refused to|not)\s+let\s+(?:me|her)\s+"
        r"(?:\w+\s+){0,2}?(?:see|visit|talk to|call|phone|text|meet|go out|go anywhere|go to|go places|leave|work|"
        r"have (?:my own|any money|money|friends|a job|a phone|access|a bank|a key|keys|the car)|keep (?:my|any)|"
        r"drive(?!\s+(?:her|his|their) (?:car|truck|van|bike))|use (?:the|my) (?:car|phone|money|card)|get a job|spend|wear|use (?:birth control|protection|condoms?|contraception)|"
        r"out of (?:the|his|her|their) sight|out of the house|out\b|up\b|go until|leave until|sleep until)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "not-allowed",
        r"\bnot\s+allowed\s+(?:a|my own|any)\s+(?:password|passcode|bank card|bank account|phone|key|job|friends)\b"
        r"|\b(?:not allowed|no longer allowed|never allowed|forbidden|forbids me|forbid me|forbade me|banned me)\s+"
        r"(?:to\s+|from\s+)?(?:\w+\s+){0,1}?(?:out|go to|go|see|seeing|visit|visiting|talk to|talking to|call|calling|text|texting|"
        r"meet|meeting|go out|going out|go anywhere|leave|leaving|work|working|have (?:my own|money|friends|a job|a phone|access)|"
        r"drive|driving|spend|spending|wear|wearing|get a job|my own money|friends|my friends|my family)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "isolation",
        r"\b(?:cut|cuts|cutting|isolated|isolates|isolating|keeps|kept|keeping|pulled|pulls|stops|stopped|stopping|"
        r"banned|bans|forbids|forbade)\s+(?:me|her)\s+(?:off\s+|away\s+)?(?:from|seeing|talking to|contacting)\s+"
        rf"(?:(?:my\s+|all my\s+|her\s+|all her\s+)?{_FAMILY}|everyone|everybody|anyone|the world|the outside world)\b",
    ),
    _cue(
        "partner-violence",
        "permission",
        r"\b(?:have to|has to|had to|must|need to|needs to|make me|makes me|made me)\s+(?:ask|get|beg for)\s+"
        r"(?:for\s+)?(?:his|her|their|my (?:partner|husband|wife|boyfriend|girlfriend)s?)?\s*permission\s+"
        r"(?:to|for|before)\s+(?:\w+\s+){0,2}?(?:see|go|leave|spend|buy|visit|talk|call|work|eat|wear|use|get)",
    ),
    _cue(
        "partner-violence",
        "financial-control",
        r"\b(?:takes|took|taking|keeps|kept|keeping|controls|controlled|controlling|confiscat\w+)\s+(?:all\s+(?:of\s+)?)?"
        r"(?:my|her)\s+(?:pay|paycheck|paychecks|paycheque|wages|salary|earnings|income|money|bank cards?|cards|debit card|"
        r"credit cards?|benefits|passport|id|keys|car keys)\b"
        r"|\b(?:gives|give|gave|giving)\s+(?:me|her)\s+(?:an\s+|a tiny\s+|a small\s+)?(?:allowance|pocket money)\b"
        r"|\b(?:no|not have|do not have|does not have|without|have no|has no|cut off my|cut off from)\s+(?:any\s+)?"
        r"access to\s+(?:any\s+|our\s+|the\s+|my own\s+|my\s+)?(?:money|bank|accounts?|cards?|finances|the car|a phone|my own money)"
        rf"|\b{_PARTNER}\b(?:\s+\w+){{0,2}}?\s+controls?\s+(?:all\s+(?:of\s+)?)?(?:the|our|my)\s+(?:money|finances|bank accounts?|spending)\b"
        r"|\bgives\s+(?:me|her)\s+(?:\W?\d+|twenty|ten|fifty)\s*(?:\w+\s+)?(?:a|per|each)\s+(?:week|month|day)\b"
        r"|\b(?:show|shows|showing|hand over|account for)\s+(?:him|her|them)?\s*(?:all\s+)?(?:the|my|every)\s+receipts?\b"
        r"|\bkeeps\s+(?:the\s+)?(?:only\s+)?(?:bank card|cards|card|cheque book)\b"
        r"|\b(?:took|takes|taken|keeps|kept|hid|hides|hidden|confiscated|holds|holding|locked up|locks up)\s+(?:\w+\s+){0,3}?(?:my|her)\s+"
        r"(?:passport|id|documents|papers|visa|birth certificate|car keys|keys)\b"
        r"|\b(?:took|takes|taken|keeps|kept|hid|hides|hidden|confiscated|holds|holding)\s+(?:\w+\s+){0,3}?(?:my|her)\s+\w+\s+and\s+"
        r"(?:passport|id|documents|papers|visa|keys)\b"
        r"|\bget\s+(?:them|it|my \w+)\s+back\s+(?:when|once|if)\s+i\s+(?:learn|behave|apologi[sz]e|say sorry|do what)\b",
        negatable=False,
        consent=True,
    ),
    # --- Partner violence: sexual and reproductive coercion -------------------------
    _cue(
        "partner-violence",
        "sexual-coercion",
        r"\b(?:forc\w+|pressur\w+|coerc\w+|guilt\w*|made|makes|make|push\w*|bully\w*|manipulat\w*|nag\w*|badger\w*)\s+"
        r"(?:me|her)\s+(?:into\s+(?:\w+\s+){0,3}?|to\s+)?(?:have\s+|having\s+|do\s+|doing\s+)?(?:sex|sexual|sleep with|sleeping with|in bed|"
        r"things in bed|things i do not want in bed|things sexually|intercourse|porn|oral)\b",
    ),
    _cue(
        "partner-violence",
        "sex-after-no",
        r"\b(?:sex|sexual|intimate|in bed|touch\w*|keeps going|kept going|does not stop|did not stop|would not stop|"
        r"will not stop|carries on|carried on)\b[^.!?]{0,60}?\b(?:when|after|even though|though|even when|even after|while)\s+"
        r"(?:i|she|he)\s+(?:had\s+|have\s+|has\s+)?(?:said|say|says|told (?:him|her|them)|tell (?:him|her|them)|was saying|asked (?:him|her|them) to stop|"
        r"was asleep|was sleeping|was drunk|was crying|am asleep|am crying|pushed (?:him|her|them) away)"
        r"|\b(?:did not|does not|do not|will not|would not|never)\s+(?:stop|take no)\s+(?:\w+\s+){0,2}?when\s+(?:i|she)\s+"
        r"(?:said|say|says|asked|told|was)\b"
        r"|\b(?:said|say|says|told (?:him|her|them)|tell (?:him|her|them)|was saying|kept saying)\s+(?:no|stop)\b[^.!?]{0,60}?"
        r"\b(?:kept going|keeps going|carried on|carries on|did it anyway|does it anyway|did not stop|does not stop|"
        r"would not stop|will not stop|forced|held me down|pinned me)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "coercive-pressure",
        r"\bif\s+(?:i|you|she|he)\s+(?:really\s+)?loved\s+(?:him|her|them|me|you)\s+(?:i|you|she|he)\s+(?:would|will)\b"
        r"|\bwhether\s+i\s+(?:like|want)\s+(?:it|to)\s+or\s+not\b"
        r"|\b(?:so|and)\s+i\s+(?:just\s+)?do\s+(?:what|whatever)\s+(?:he|she|they)\s+(?:says|say|wants|want|tells me)\b"
        r"|\b(?:no one|nobody|no-one)\s+(?:would|will|is going to)\s+(?:ever\s+)?believe\s+(?:me|you|her|a \w+(?: \w+)? over (?:him|her|them))\b"
        r"|\bnobody else would (?:put up with|have|want|love) (?:me|you)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "sexual-violence-named",
        r"\b(?:raped|rapes|rape me|raping|sexually assaulted|sexual assault|sexually abused|sexual abuse|molested|"
        r"forced himself on|forced herself on|forced themselves on|forced sex|forces sex|forcing sex|forced me)\b"
        r"(?!\s+to\s+(?:watch|eat|listen|try|go|sit|wear|sing|dance|play|come|get up|take a|read|finish))",
    ),
    _cue(
        "partner-violence",
        "reproductive-coercion",
        r"\b(?:hid|hides|hidden|hiding|threw away|throws away|thrown away|flushed|flushes|tampered with|tampers with|"
        r"messed with|messes with|pok\w* holes in|sabotag\w+|took|takes|destroyed|stopped me taking|"
        r"stops me taking|will not let me take|refuses to let me take|took off|takes off|removed|removes|stopped me going to|stops me going to)\s+"
        r"(?:\w+\s+){0,2}?(?:birth control|pills?|pill packet|the pill|contraception|contraceptives?|condoms?|iud|implant|morning after pill)\b"
        r"|\b(?:forc\w+|pressur\w+|coerc\w+|makes|made|trying to make)\s+(?:me|her)\s+(?:to\s+)?(?:get pregnant|"
        r"have an abortion|have a baby|keep the (?:baby|pregnancy)|end the pregnancy)\b"
        r"|\b(?:refuses|refused|will not|does not|would not)\s+(?:to\s+)?(?:use|wear|put on)\s+(?:a\s+)?(?:condom|condoms|protection)\b"
        r"[^.!?]{0,40}?\b(?:ask|asked|beg|begged|want|wanted|say|said|tell|told)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "leave-then-harm",
        r"\bif\s+(?:i|we|she|he)\s+(?:ever\s+|even\s+|try to\s+)?(?:leave|left|go|tell|told|call|called|report|break up|move out|"
        r"ask for (?:a divorce|custody))\b[^.!?]{0,40}?\b(?:he|she|they)\s+(?:will|would|is going to|going to|gonna|might)?\s*"
        rf"(?:\w+\s+)?(?:{_HARM}|find|come after|take)\s+(?:me|us|her|him|the kids|my|our)\b",
    ),
    _cue(
        "partner-violence",
        "conditional-threat",
        r"\b(?:will|would|going to|gonna|said|says|threatened|threatens|swore|swears|told me|tells me|warned me|warns me)\b[^.!?]{0,50}?"
        r"\b(?:kill|hurt|harm|crash|regret|ruin|destroy|make sure|pay|find me|come after|take the kids|end it all|end (?:his|her|their) life|"
        r"stab|shoot|strangle|choke|cut me|break my|do me in|get me sent back|sent back|deport\w*|immigration|lose my job|"
        r"out me|expose|post|tell everyone|burn|smash|beat|hit|never see|throw me out|cut me off|leave me with nothing|"
        r"kill (?:himself|herself|themselves)|hurt (?:himself|herself|themselves))\b[^.!?]{0,40}?"
        r"\bif\s+(?:i|we)\s+(?:ever\s+|even\s+|so much as\s+)?(?:try to\s+|tried to\s+)?(?:leave|left|break up|go|tell|told|call|ring|rang|"
        r"report|move out|see|talk|do not|say no|refuse|went|go out|went out|visit|visited|cheat|cheated|look at|looked at)\b"
        r"|\bmake\s+(?:sure\s+)?(?:i|me)\s+(?:regret|pay|sorry|lose (?:my|the)|never|get nothing|end up|disappear|vanish|suffer)\b"
        r"|\bif\s+i\s+(?:ever\s+)?(?:leave|left|go|break up)\b[^.!?]{0,30}?\b(?:i|i will|i would)\s+(?:get nothing|end up on the street|lose (?:the kids|everything)|never see)\b"
        r"|\b(?:will|would|going to|gonna)\s+do\s+(?:me|her|you)\s+in\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "if-i-then-threat",
        r"\bif\s+(?:i|we)\s+(?:ever\s+|even\s+)?(?:try to\s+)?(?:leave|left|report|reported|tell|told|call|go|break up|move out|divorce|talk|text|see|speak|look at|message|take)\b[^.!?]{0,40}?"
        r"\b(?:he|she|they)\s+(?:will|would|is going to|are going to|going to|gonna)\b[^.!?]{0,40}?"
        r"\b(?:kill|hurt|harm|immigration|sent back|deport\w*|take the kids|take my kids|ruin|destroy|out me|regret|make sure|"
        r"find me|post|tell everyone|lies about me|report me|have me|come after|beat|hit|break|burn|stab|shoot|smash|disappear)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "kids-threat",
        r"\btake\s+(?:the|my|our)\s+(?:kids|children|baby|son|daughter|child)\s+(?:\w+\s+){0,2}?"
        r"(?:away|somewhere|from me|and (?:run|disappear|leave the country|vanish))\b"
        r"|\bmake sure\s+(?:i|she|he)\s+never\s+see\w*\s+(?:the|my|our|her|his)\s+(?:kids|children|baby|son|daughter)\b"
        r"|\bnever\s+see\s+(?:the|my|our)\s+(?:kids|children|baby)\s+again\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "image-threat",
        r"\b(?:post|posting|share|sharing|send|sending|leak|leaking|show|showing|release|publish)\s+(?:\w+\s+)?"
        r"(?:private|intimate|nude|naked|sexual|explicit)\s+(?:photos|pictures|pics|videos|images)\b|\bnudes\b[^.!?]{0,40}\bif\b",
    ),
    _cue(
        "partner-violence",
        "nobody-else-will",
        r"\bif\s+(?:he|she|they|i)\s+can not\s+have\s+(?:me|her|him|them|you)\b[^.!?]{0,20}\b(?:no one|nobody|no-one)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "threat-if-i-tell",
        r"\b(?:would|will|going to|gonna|threatened to|said|says|told me)\b[^.!?]{0,80}?\bif\s+i\s+(?:ever\s+)?"
        r"(?:call|called|ring|rang|tell|told|report|reported|go to|went to)\s+(?:the\s+)?(?:cops|police|anyone|anybody|someone|"
        r"my family|my parents|a lawyer|the doctor|social services)\b",
    ),
    _cue(
        "partner-violence",
        "knows-where",
        r"\bknows where\s+(?:my|her|his|our)\s+(?:parents|family|mum|mom|dad|sister|brother|kids|friends|work|job|new place)\s+"
        r"(?:lives?|works?|is|are|goes?|go to school)\b|\bwith me inside\b",
    ),
    _cue(
        "partner-violence",
        "intimidation",
        r"\b(?:next to|beside|right by|inches from|near|past)\s+(?:my|her)\s+(?:head|face)\b"
        rf"|\b{_PARTNER}\b{_GAP}\s+(?:punch\w*|kick\w*|smash\w*|hit|hits|slam\w*)\s+(?:a hole in\s+|holes in\s+)?(?:the|a)\s+(?:wall|walls|door|doors)\b"
        # a door slammed on the way out is a partner leaving a fight, not a threat
        r"(?!\s+(?:on (?:his|her|their|the) way out|behind (?:him|her|them)|as (?:he|she|they) (?:left|went out|walked out)))"
        r"(?![^.!?]{0,60}?\b(?:came back|come back|apologi[sz]ed|we talked|we sorted|made up)\b)",
    ),
    _cue(
        "partner-violence",
        "what-partner-does-to-me",
        r"\bwhat\s+(?:he|she|they)\s+(?:\w+\s+)?(?:do|does|did|might do|could do|will do|would do)\s+to\s+(?:me|us|her|the kids)\b",
    ),
    _cue(
        "partner-violence",
        "escape-planning",
        r"\b(?:in case|so i can|ready to|just in case)\s+(?:i\s+)?(?:ever\s+)?(?:need to\s+|have to\s+)?(?:call (?:for help|the police|the cops|911|999|000|111|112)|"
        r"get out|escape|run|leave fast|flee|get away)\b|\b(?:bag|suitcase|go bag|go-bag)\s+(?:\w+\s+)?packed\b(?![^.!?]{0,30}\b(?:hospital|labou?r|birth|baby|due|holiday|trip|flight))"
        r"|\bpacked\s+bag\b(?![^.!?]{0,30}\b(?:hospital|labou?r|birth|baby|due|holiday|trip|flight))",
    ),
    _cue(
        "partner-violence",
        "dread-arrival",
        r"\b(?:hear|hears|see|sees|heard)\s+(?:his|her|their)\s+(?:car|key|keys|footsteps|truck|van|voice)\b[^.!?]{0,80}?"
        r"\b(?:shak\w+|tremb\w+|freeze|froze|panic\w*|goes cold|go cold|terrified|dread|heart (?:races|pounds|sinks))",
    ),
    _cue(
        "partner-violence",
        "flinch",
        r"\bflinch\w*\s+(?:\w+\s+){0,2}?(?:every time|when|whenever|if|at)\s+(?:he|she|they|my|his|her|their)\b"
        r"(?!\s+(?:\w+\s+)?(?:sneeze|sneezes|sneezed|coughs?|laughs?|sings?|snores?|burps?))",
    ),
    _cue(
        "partner-violence",
        "hiding-injury",
        r"\b(?:lie|lied|lying)\s+to\s+(?:the|a|my)\s+(?:nurse|doctor|gp|hospital|er|police|family|friends)\s+about\s+"
        r"(?:how|where|what|the|my)\b|\b(?:cover|covered|covering|hide|hid|hiding)\s+(?:up\s+)?(?:the\s+|my\s+)?(?:bruises|marks on my)\b",
    ),
    _cue(
        "partner-violence",
        "watching-me",
        r"\b(?:he|she|they)\s+(?:is|are|was|been)\s+watching\s+(?:me|her|my every move|everything i do)\b"
        r"|\b(?:saying|says|said|texts?|texting)\s+(?:that\s+)?(?:he|she|they)\s+(?:is|are)\s+watching\b"
        r"|\bknows\s+(?:exactly\s+)?(?:what|where|who)\s+i\s+(?:have been|wore|wear|go|went|see|saw|talk|talked|text|texted|did|do|spend|spent|bought)\b"
        r"|\bknows\s+(?:exactly\s+)?where\s+i\s+(?:am|was)\b"
        r"|\b(?:put|puts|installed|installs|hid|hidden|added)\s+(?:an\s+|some\s+|a\s+)?(?:app|tracker|tracking app|spyware|software|device|camera|gps)\s+(?:\w+\s+)?on\s+my\s+(?:phone|car|laptop|computer)\b"
        r"|\bcameras?\s+(?:\w+\s+){0,2}?(?:in|around|all over)\s+(?:every|the|our|my)\s+(?:room|rooms|house|flat|bedroom|home)\b"
        r"|\b(?:makes|made|make)\s+me\s+account\s+for\b"
        r"|\b(?:needs|need|demands|wants|has to have|insists on having|insists on)\s+(?:to\s+(?:see|know)\s+)?(?:\w+\s+)?my\s+location\b"
        r"|\b(?:rings|calls|phones|texts)\s+me\s+(?:\w+\s+)?(?:screaming|yelling|shouting|raging)\b",
        consent=True,
    ),
    _cue(
        "partner-violence",
        "destroys-things",
        r"(?<!\btoddler )(?<!\bbaby )(?<!\bdog )(?<!\bcat )(?<!\bpuppy )(?<!\bkid )(?<!\bson )(?<!\bdaughter )"
        r"\b(?:cuts|cut|ripped|rips|tore|tears|burned|burnt|burns|smashed|smashes|broke|breaks|destroyed|destroys|trashed|trashes)\s+"
        r"up\s+my\s+(?:clothes|things|stuff)\b|(?<!\btoddler )(?<!\bbaby )(?<!\bdog )(?<!\bcat )(?<!\bkid )(?<!\bson )(?<!\bdaughter )"
        r"\b(?:smashed|smashes|destroyed|destroys|trashed|trashes|broke|breaks)\s+"
        r"(?:all\s+)?my\s+(?:phone|things|stuff|belongings|laptop|car)\b",
    ),
    _cue(
        "partner-violence",
        "fear-signs",
        r"\b(?:have to|need to|must|got to)\s+be\s+(?:\w+\s+){0,2}?(?:quiet|careful|good|perfect|silent)\s+or\b"
        r"|\bor\s+(?:there is|there will be|i will be in|i am in|i get in)\s+(?:\w+\s+)?trouble\b"
        r"|\bin\s+(?:so much|big|real|serious)\s+trouble\s+if\s+(?:he|she|they)\b"
        r"|\b(?:like|same as)\s+last time\s+when\s+i\s+(?:ended up|was|went)\s+in\s+(?:the\s+)?(?:hospital|a&e|er|emergency)\b"
        r"|\b(?:just\s+)?waiting for (?:it|him|her) to (?:happen again|snap|explode|kick off)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "withholding",
        r"\b(?:will not|refuses to|would not|does not|never)\s+give\s+(?:it|them|my \w+)\s+back\b"
        r"|\b(?:has|keeps|kept|holds|took|takes|is holding)\s+(?:all\s+)?my\s+(?:passport|id|documents|papers|visa|birth certificate|car keys|keys)\b",
        negatable=False,
        consent=True,
    ),
    _cue(
        "partner-violence",
        "disabling-contact",
        r"\bmy\s+(?:\w+\s+){0,4}?so\s+(?:that\s+)?i\s+(?:could not|can not|cannot|would not be able to|was not able to|am not able to)\s+"
        r"(?:drive|leave|call|message|text|go|get out|contact|see|talk|reach|phone)\b"
        r"|\bso\s+(?:that\s+)?i\s+(?:can not|could not|cannot)\s+(?:message|call|contact|text|talk to|phone|reach)\s+(?:anyone|anybody|my|for help|the police)\b"
        r"|\b(?:salary|wages|pay|paycheck|income|money|benefits)\s+(?:goes|go|is paid|gets paid)\s+(?:\w+\s+)?(?:into|to)\s+(?:his|her|their)\s+account\b"
        r"|\bput\s+everything\s+in\s+(?:his|her|their)\s+name\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "intimidation-driving",
        r"\b(?:grabbed|yanked|jerked|pulled|grabs|yanks)\s+the\s+(?:steering\s+)?wheel\b"
        r"|\b(?:floored it|sped up|drives? like a maniac|drove like a maniac|drives? recklessly|drove recklessly)\b[^.!?]{0,60}?\b(?:on purpose|to scare|to frighten|begged|screaming|crash)"
        r"|\b(?:does it|did it|on purpose|just|deliberately)\s+to\s+(?:frighten|scare|intimidate|terrify|threaten)\s+(?:me|her|us)\b"
        r"|\bcrash\s+(?:us|the car with me|into something with me)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "threat-phrases",
        r"\bfind\s+(?:me|you|her)\s+(?:wherever|anywhere|no matter where|wherever i)\b"
        r"|\b(?:told|tells|telling|said|says)\s+(?:me|her)\s+(?:that\s+)?(?:i|she|you)\s+(?:would|will|are|am|is)\s+be\s+next\b"
        r"|\b(?:i|she|you)\s+(?:would|will)\s+be\s+next\b"
        r"|\bi\s+(?:will|would)\s+be\s+the\s+one\s+(?:who|that)\s+finds\s+(?:her|him|them)\b"
        r"|\bnext time\s+(?:it\s+)?(?:will|would|is going to|going to)\s+be\s+(?:me|you|her|your head|my head)\b"
        r"|\bi\s+(?:will|would)\s+(?:have to|be left to)\s+live\s+with\s+(?:that|it|the guilt)\b"
        r"|\bi see you\b[^.!?]{0,10}$|\bnotes?\s+(?:\w+\s+){0,6}?(?:say|says|saying)\s+i see you\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "visible-injuries",
        r"\bbruises?\s+on\s+my\s+(?:upper\s+|lower\s+)?(?:arms?|neck|wrists?|face|throat|back|ribs|legs|chest)\b"
        r"|\b(?:long sleeves|a scarf|makeup|concealer|sunglasses)\s+(?:\w+\s+){0,3}?(?:to hide|to cover|so nobody|so no one)\b",
        reported=True,
    ),
    _cue(
        "partner-violence",
        "stalking-at-work",
        r"\b(?:keeps|kept|keep|started|always)\s+(?:\w+\s+)?(?:turning up|showing up|rocking up|coming|waiting|sitting|parking)\s+(?:\w+\s+)?(?:at|outside|to|in|near)\s+"
        r"(?:my|her)\s+(?:\w+\s+)?(?:work|job|office|school|gym|friend|house|home|place|flat|car ?park|parents)\b|\bkept turning up\b|\b(?:comes|came|come) looking for (?:me|her)\b"
        r"|\b(?:made|makes|make|forced|forces)\s+me\s+(?:to\s+)?quit\s+(?:my|her)\s+job\b|\bhad to quit my job because\s+(?:he|she|they)\b",
    ),
    _cue(
        "partner-violence",
        "cut-off-contact",
        r"\b(?:made|makes|make|forced|forces|force)\s+(?:me|her)\s+(?:to\s+)?(?:cut off|cut ties with|stop seeing|stop talking to|"
        r"block|unfriend|drop|give up|delete)\s+(?:all\s+)?(?:my|her)?\s*"
        rf"{_FAMILY}\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "controls-daily-life",
        r"\btimes\s+how\s+long\s+i\b|\bchecks\s+(?:the\s+)?(?:mileage|odometer|receipts)\b"
        r"|\bpunish\w*\s+(?:me|her|you)\s+(?:if|when|for|whenever|every)\b|\bobey\b"
        r"|\b(?:makes|made|make)\s+(?:me|her)\s+sleep\s+(?:on the floor|outside|in the car|in the garage)\b"
        r"|\b(?:decides|controls|dictates|chooses|tells me)\s+(?:what|who|where|when|how)\s+i\s+(?:can\s+|am allowed to\s+|may\s+)?(?:eat|wear|see|text|go|talk|spend|dress|meet|call|message)\b"
        r"|\b(?:calls|texts|messages|rings)\s+(?:me\s+)?(?:like\s+|up to\s+)?(?:\d{2,}|dozens of|fifty|forty|thirty|twenty|a hundred|hundreds of)\s+times\b",
    ),
    _cue(
        "partner-violence",
        "blocking-exit",
        r"\b(?:block|blocks|blocked|blocking)\s+(?:the\s+)?(?:front\s+|back\s+|bedroom\s+)?"
        r"(?:door|doorway|exit)\b|\b(?:locked|locks|locking)\s+(?:me|her)\s+(?:in|out)\b"
        r"(?!\s+of\s+(?:my|the|our|her)\s+(?:own\s+)?(?:account|accounts|tablet|phone|laptop|computer|profile|netflix|email))"
        r"|\b(?:broke|smashed|took|takes|hid|hides|destroyed|threw|throws)\s+(?:my|her)\s+phone\s+(?:\w+\s+)?so\s+(?:i|she)\b",
    ),
    _cue(
        "partner-violence",
        "cannot-reach-money",
        r"\b(?:can not|could not|not able to|unable to)\s+(?:get to|access|touch|use|get at)\s+(?:any\s+|our\s+|the\s+|my\s+|my own\s+)?"
        r"(?:money|accounts?|bank|cards?|finances|savings|paycheck|wages)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "more-physical",
        rf"\b{_PARTNER}\b{_GAP}\s+(?:push|pushes|pushed|pushing|shove|shoves|shoved)\s+(?:me|her)\s*"
        r"(?:[.,;!?]|$|\s+(?:and|around|over|down|again|hard|so hard|into(?! the (?:pool|sea|lake|water|snow|leaves|sand))|onto|against|off))"
        rf"|\b{_PARTNER}\b{_GAP}\s+(?:broke|fractured|cracked|dislocated|bust|busted)\s+my\s+"
        r"(?:nose|arm|wrist|ribs?|jaw|finger|tooth|teeth|collarbone|eye socket|cheekbone|hand|leg)\b"
        r"|\b(?:drove|drives|driving|aimed|swerved|reversed)\s+(?:the\s+|his\s+|her\s+)?(?:car|truck|van|it)\s+(?:at|towards|toward|into)\s+(?:me|her)\b"
        r"|\b(?:rather|prefer to)\s+see\s+(?:me|you|her)\s+dead\b"
        r"|\bwakes?\s+me\s+(?:up\s+)?(?:at\s+\d+\s*(?:am)?|in the night|every night|at night)\s+to\s+(?:go over|yell|scream|shout|interrogate|list|question)",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "more-control",
        r"(?<!\btoddler )(?<!\bbaby )(?<!\bdog )(?<!\bcat )(?<!\bkid )(?<!\bson )(?<!\bdaughter )"
        r"\b(?:tore|torn|ripped|cut|burned|burnt|smashed|broke|destroyed|shredded|threw out|binned)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:of\s+)?my\s+"
        r"(?:dresses|clothes|things|stuff|belongings|phone|laptop|books|photos|passport)\b"
        r"|\b(?:it is|that is|this is)\s+for\s+(?:me|you)\s+if\s+(?:i|you)\s+(?:ever\s+)?(?:try|leave|say|tell|do|go)\b"
        r"|\b(?:has|holds|keeps)\s+the\s+only\s+(?:bank\s+)?(?:card|key|keys|account)\b|\breceipts for everything\b"
        r"|\bask\s+(?:him|her|them)\s+for\s+(?:bus fare|money|cash|petrol money|every penny)\b"
        r"|\bonly room with a lock\b|\b(?:locked|lock|locking)\s+myself\s+in\s+the\s+(?:bathroom|bedroom|toilet|car)\b"
        r"|\bhiding\s+in\s+the\s+(?:bathroom|bedroom|toilet|closet|car)\b(?!\s+for\s+(?:some\s+|a\s+bit\s+of\s+)?(?:peace|quiet|a break|a breather|five minutes))"
        r"|\bcontrols\s+everything\s+i\s+(?:eat|wear|do|spend|say|buy)\b|\bweighs\s+me\b"
        r"|\b(?:have|get)\s+(?:it|them)\s+back\s+(?:when|once|if)\s+i\s+(?:learn|learned|behave|apologi[sz]e|say sorry|do what)\b"
        r"|\b(?:hid|hides|hidden|took|takes|withholds|withheld|threw away)\s+my\s+(?:insulin|medication|meds|inhaler|pills|glasses|wheelchair|hearing aid)\b"
        r"|\bwaiting for (?:the )?next time\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "more-threats-and-control",
        r"\byou know what happens (?:when|if)\b|\b(?:we|us) (?:should )?both (?:just )?(?:die|be dead)\b"
        r"|\bdrives?\s+(?:really\s+|way too\s+|so\s+)?fast\s+with\s+me\s+in\s+the\s+car\b"
        r"|\blets\s+(?:himself|herself|themselves)\s+in\s+(?:at night|in the night|while i|when i am asleep|when i am sleeping)\b|\bforc(?:es|ing)\s+(?:himself|herself|themselves)\s+on\b"
        r"|\b(?:on speaker|on speakerphone)\s+so\s+(?:he|she|they)\s+can\b|\bso\s+(?:he|she|they)\s+can\s+(?:listen in|listen to my|check my|read my)\b"
        rf"|\b{_PARTNER}\b{_GAP}\s+(?:changed|changes|reset|resets)\s+(?:all\s+)?my\s+passwords?\b"
        rf"|\b{_PARTNER}\b{_GAP}\s+(?:deleted|deletes|blocked|blocks)\s+(?:all\s+)?my\s+(?:friends|contacts|family)\b"
        r"|\b(?:decides?|decided|choose|chooses|tells? (?:me|you))\s+(?:what|who|where|when|how)\s+(?:i|you)\s+(?:can\s+|am allowed to\s+|are allowed to\s+|may\s+)?"
        r"(?:eat|wear|see|text|go|talk|spend|dress|meet|call|message)\b|\bweighs?\s+(?:me|you)\b"
        r"|\b(?:only|just)\s+(?:one|a|the one|once a)\s+(?:slap|punch|shove|kick|push|smack)\b"
        r"|\b(?:grabbed|grabs|grabbing)\s+(?:me|her)\s+and\s+(?:shook|shakes|pushed|pushes|shoved|shoves|threw|throws|slapped|dragged)\b"
        r"|\b(?:put|puts|putting)\s+(?:his|her|their)\s+hands\s+on\s+(?:me|her)\b"
        r"|\b(?:he|they|husband|boyfriend|partner|fiance|ex)\b(?:\s+\w+){0,3}?\s+(?:broke|fractured|cracked)\s+her\s+(?:arm|wrist|nose|jaw|ribs?|finger|hand|leg|cheekbone)\b"
        r"|\b(?:new|fresh|more)\s+bruises\b"
        r"|\b(?:has|have|has got|got|keeps|kept|took|takes|is holding)\s+(?:all\s+)?my\s+(?:passport|id|documents|papers|visa|birth certificate|bank card|car keys)\b",
        negatable=False,
        reported=True,
        consent=True,
    ),
    # --- Partner violence: threats of suicide used to control ------------------------
    _cue("partner-violence", "suicide-threat-control", _SUICIDE_THREAT, hyperbole=True),
    # the same words also say the partner may be at risk
    _cue("self-harm", "partner-threatens-suicide", _SUICIDE_THREAT, hyperbole=True),
    # --- Self-harm ------------------------------------------------------------------
    _cue(
        "self-harm",
        "kill-myself",
        r"\b(?<!rather )(?:kill|killing|killed|end|ending|off|offing|top|topping|topped)\s+myself\b(?!\s+(?:laughing|with laughter|tripping|"
        r"(?:on|at|in)\s+the\s+(?:\w+\s+)?(?:hill|stairs|ice|bike|run|climb|treadmill|slope|track|gym)\b))|\bkms\b|\bunalive\w*\s+(?:myself|me)\b|\b(?:want|going|ready|try|tried|trying|plan|planning)\s+to\s+unalive\b",
    ),
    _cue(
        "self-harm",
        "self-injury",
        r"\b(?:hurting|harming|cutting|burning|injuring|punishing|starving)\s+myself\b"
        r"(?!\s+(?:at|in|on)\s+the\s+(?:gym|track|pool|office|treadmill)|\s+with\s+(?:work|exercise|training|revision|spreadsheets))"
        r"|\b(?:want|wanted|wanting|urge|urges|thoughts|thought about|thinking about|think about|tempted|started|start|"
        r"keep|kept|going to|close to|could)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:hurt|harm|cut|burn|injure|punish)\s+myself\b"
        r"|\bself[\s-]?harm\w*|\bself[\s-]?injur\w*|\b(?:started|start|been|am|was)\s+cutting\s+again\b"
        r"|\bcutting\s+again\b|\brelapsed\s+(?:into|with)\s+(?:cutting|self)"
        r"|\b(?:cut|burn|scratch|hit|harm|punch|bite|hurt)\s+myself\s+(?:when|whenever|if|until|till|to (?:feel|cope|stop|calm)|in the|on the|with|hard)\b"
        r"|\bscratch\w*\s+(?:at\s+)?(?:my\s+)?(?:arms|legs|skin|wrists)\s+(?:till|until)\s+(?:they|it)\s+bleed"
        r"|\bused to\s+(?:cut|hurt|burn|harm|hit|scratch)\s+myself\b",
        reported=True,
        history=True,
    ),
    _cue(
        "self-harm",
        "want-to-die",
        r"\b(?:want|wanted|wanting|wish|wished|wishing|ready|going|longing|praying|pray)\s+to\s+(?:just\s+)?(?:die|be dead)\b"
        r"(?!\s+(?:of|from|laughing|when|every time|a little|inside|of embarrassment|happy|old|together|in (?:your|each other|his|her) arms|"
        r"on (?:the|my|this) (?:sofa|couch|floor|spot|inside)))",
        hyperbole=True,
    ),
    _cue(
        "self-harm",
        "wish-dead",
        r"\bwish\s+(?:that\s+)?i\s+(?:was|were|had been|could be|would be)\s+(?:dead|gone|never born|not alive|not here)\b"
        r"|\bwish\s+(?:that\s+)?i\s+(?:had\s+never|never)\s+(?:been born|existed|woke up)\b"
        r"|\b(?:wish|hope|hoping|want)\s+(?:that\s+)?(?:i|to)\s+(?:would\s+|could\s+|will\s+)?(?:not|never)\s+wake\s+up\b"
        r"|\b(?:go to sleep|sleep|fall asleep)\s+and\s+(?:never|not)\s+wake\s+up\b"
        r"|\bbetter off dead\b|\brather be dead\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "not-want-to-live",
        r"\b(?:do not|does not|never|no longer)\s+(?:really\s+|even\s+)?want\s+to\s+"
        r"(?:be alive|live|exist|wake up|be here|go on|keep going|be on this earth|be around)\b"
        r"(?!\s+(?:here|in|at|with|like|near|there|for (?:the|this|that)|through|on (?:my|our|the|this) own|together|alone in|"
        r"you|him|her|them|people|anyone|my|his|the|that|this)\b)",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "better-off-without-me",
        r"\bbetter off\s+(?:\w+\s+){0,2}?without\s+me\b(?!\s+(?:at|in|on|for|there)\b|\s+around\s+(?:the|at|in|on|for)\b)"
        r"|\bbetter off if\s+i\s+(?:was|were|was not|were not|did not exist|disappeared|died|was gone|were gone|was dead|were dead)"
        r"(?:\s+(?:here|around|alive|gone|dead|anymore))?\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "end-my-life",
        r"\b(?:end|ending|ended|take|taking|took)\s+(?:it all|my (?:own\s+)?life|my own)\b(?!\s+back\b)"
        r"|\b(?:finish|finishing|stop|stopping)\s+my\s+(?:own\s+)?life\b"
        r"|\b(?:end|ending)\s+(?:everything|things)\s+(?:for good|permanently|forever)\b"
        r"|\bending it\b(?:\s+\w+){0,2}\s+(?:for good|permanently|forever)",
    ),
    _cue(
        "self-harm",
        "suicidal",
        r"\b(?:i|i am|am|feel|feeling|felt|been|get|getting|have|having|had|my|with)\s+(?:\w+\s+){0,2}?"
        r"suicid(?:al|e attempt|al thoughts|al feelings|al again|al ideation)\b"
        r"|\b(?:thought|thoughts|thinking|think|considering|considered)\s+(?:\w+\s+){0,2}?(?:about|of)\s+"
        r"(?:suicide|killing myself|ending (?:it|my life|things)|dying|death a lot)\b"
        r"|\b(?:attempted|tried)\s+(?:suicide|to end my life|to kill myself)\b|\bsuicide note\b|\bgoodbye (?:letters?|notes?)\b",
    ),
    _cue(
        "self-harm",
        "no-reason-to-live",
        r"\b(?:no|not (?:any|a)|nothing)\s+(?:\w+\s+)?(?:reason|point|purpose)\s+(?:to|in|for|of)\s+"
        r"(?:live|living|being alive|being here|going on|waking up|getting up|me being here|carrying on|existing|my life)\b"
        r"|\b(?:do not|can not|no longer|never)\s+see\s+(?:the|a|any)\s+point\s+(?:in|of|to)\s+"
        r"(?:living|life|waking up|going on|being here|being alive|anything anymore|getting up|carrying on|existing|tomorrow|any of it|continuing|the future)\b"
        r"|\bnothing (?:left )?to live for\b|\bnot worth living\b|\blife (?:is|feels) (?:not|no longer) worth\b"
        r"|\b(?:tired|sick|exhausted) of (?:living|being alive|existing|life itself|being here)\b(?!\s+(?:on|with)\b)|\bcan not go on living\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "disappear-for-good",
        r"\b(?:disappear|vanish|be gone|fade away|not exist)\s+(?:for good|forever|permanently|completely|and never come back|"
        r"and not come back|from (?:this|the) world|off the face of the earth)\b"
        r"|\b(?:want|wanted|wanting|wish|wished)\s+to\s+(?:just\s+)?(?:disappear|vanish|stop existing|not exist|cease to exist)"
        r"(?=\s*(?:[.,;!?]|$)|\s+(?:and|so|sometimes|some days|most days|lately|now|completely|altogether|entirely)\b)",
    ),
    _cue(
        "self-harm",
        "not-around",
        r"\bnot\s+(?:going to\s+|gonna\s+)?be\s+(?:around|here|alive)\s+(?:much\s+longer|for\s+(?:much\s+)?long(?:er)?|anymore|soon|"
        r"(?:by|for|at|on) (?:christmas|then|next|her birthday|his birthday|their birthday|our anniversary|the wedding|new year)|next (?:year|month|week))\b"
        r"|\b(?:do not|not|never)\s+(?:plan|planning|intend|intending|expect|expecting)\s+(?:on|to)\s+(?:be|being)\s+(?:around|here|alive)\b"
        r"|\bletters?\s+to\s+(?:my|the)\s+(?:kids|children|family|partner|wife|husband|mum|mom|parents)\s+in case\b"
        r"|\bif\s+i\s+(?:just\s+)?(?:was|were|was not|were not)\s+(?:gone|dead|alive|around|here|in it|in the picture|there)(?:\s+anymore)?\b"
        r"|\b(?:after|when|once)\s+i\s+am\s+(?:gone|dead|not here|not around)\b"
        r"|\bnot\s+(?:going to\s+)?be\s+around\s+for\s+(?:his|her|my|their|our)\s+(?:birthday|anniversary|christmas|wedding)\b"
        r"|\b(?:nobody|no one|no-one)\s+(?:will|would)\s+(?:even\s+)?miss\s+me\b|\bnot\s+(?:be\s+)?living\s+anymore\b"
        r"|\bif\s+i\s+(?:just\s+)?(?:died|disappeared|did not wake up|never woke up|was not here|were not here|was not around|killed myself)\b"
        r"|\b(?:do not|does not|stopped|stop)\s+(?:really\s+)?caring?\s+(?:whether|if)\s+i\s+(?:am|was)?\s*(?:still\s+)?(?:alive|live|die|wake up)\b"
        r"|\b(?:do not|does not)\s+care\s+(?:whether|if)\s+i\s+(?:live|die|wake up|am alive)\b"
        r"|\bif\s+(?:he|she|they)\s+(?:ever\s+)?(?:leaves|left|leave)\s+me\b[^.!?]{0,40}?\b(?:i am done|end it|not be here|kill myself|no point)\b"
        r"|\bwhen\s+i\s+am\s+(?:gone|dead)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "fine-without-me",
        r"\b(?:be|are|is|would be)\s+(?:\w+\s+)?(?:fine|better|happier|okay|ok|easier|lighter)\s+without\s+me\b"
        r"(?!\s+(?:at|for|on|in the|there|tonight|this|next|to|when)\b)",
    ),
    _cue(
        "self-harm",
        "thinking-not-existing",
        r"\b(?:thought|thoughts|thinking|think|dream|dreaming|fantasi[sz]e|fantasi[sz]ing)\s+(?:\w+\s+){0,2}?(?:about|of)\s+"
        r"(?:not being here|not existing|not being alive|not waking up|no longer being here|not being around)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "stay-alive-struggle",
        r"\b(?:fighting|trying|struggling|fight|try|struggle)\s+to\s+(?:stay alive|keep living|keep myself alive|stay here)\b",
    ),
    _cue(
        "self-harm",
        "make-it-stop",
        r"\b(?:want|wanted|need|needs|make|making|wish|just want)\s+(?:\w+\s+){0,3}?(?:everything|it all|the pain|it|life|this|all of it)\s+"
        r"(?:to\s+)?stop\s+(?:for good|forever|permanently|for ever)\b",
    ),
    _cue(
        "self-harm",
        "giving-away-things",
        r"\bwill not be needing\s+(?:them|these|it|my|anything)\b|\bwill not need (?:any of )?(?:it|them|this|my things) (?:soon|anymore|much longer|where i am going)\b"
        r"|\bwhere i am going\b"
        r"|\bgiv\w*\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?(?:his|her|their)\s+(?:things|belongings|possessions|stuff|clothes)\s+away\b"
        r"|\b(?:will|would)\s+be\s+(?:ok|okay|fine|better)\s+with\s+just\s+me\b"
        r"|\bgiv\w*\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:things|belongings|possessions|stuff)\s+away\b"
        r"|\bgiv\w*\s+away\s+(?:all\s+)?(?:of\s+)?my\s+(?:things|belongings|possessions|stuff)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "on-my-mind",
        r"\b(?:suicid\w*|dying|death|ending it|killing myself|not being here)\s+(?:has been|is|keeps|was|have been)\s+(?:\w+\s+){0,2}?"
        r"(?:on my mind|in my head|crossing my mind|coming back)\b",
    ),
    _cue(
        "self-harm",
        "hurt-myself-again",
        r"\b(?:hurt|harmed|cut|burned|burnt)\s+myself\s+(?:again|on purpose|deliberately|last night|after)\b"
        r"|\bhid\w*\s+(?:the|my)\s+(?:marks|scars|cuts)\b",
    ),
    _cue(
        "self-harm",
        "no-way-out",
        r"\bno\s+(?:other\s+)?way\s+out\b[^.!?]{0,30}?\b(?:except|but|other than|besides)\s+(?:dying|death|to die|ending it|suicide)\b"
        r"|\bonly\s+way\s+out\s+(?:is|would be)\s+(?:to die|dying|death|ending it|suicide)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "own-funeral",
        r"\b(?:picturing|imagining|planning|thinking about|think about|imagine|picture)\s+(?:my|your)\s+(?:own\s+)?funeral\b"
        r"|\bsaying goodbye to\s+(?:people|everyone|everybody|my (?:family|friends|kids)|the people i love)\s+in my head\b"
        r"|\b(?:quietly|silently|secretly)\s+saying goodbye\b",
    ),
    _cue(
        "self-harm",
        "point-of-living",
        r"\bwhat\s+(?:is\s+)?(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|life|going on|being alive|waking up|carrying on|existing|anything|continuing)\b",
    ),
    _cue(
        "self-harm",
        "method-thoughts",
        r"\b(?:think|thinking|thought|thoughts)\s+(?:\w+\s+){0,2}?(?:about|of)\s+(?:just\s+)?(?:jumping|crashing|drowning|hanging|overdosing|"
        r"taking (?:all\s+)?(?:of\s+)?my (?:pills|tablets|meds|medication)|going under|driving off|stepping in front)\b"
        r"|\bhow easy it would be to\s+(?:just\s+)?(?:go under|not come up|end it|die|disappear|crash|jump|fall|stop|let go|drive off|step)\b"
        r"|\b(?:taking|take|swallow\w*|took)\s+all\s+(?:of\s+)?my\s+(?:pills|tablets|meds|medication|antidepressants|sleeping pills)\b"
        r"|\b(?:hope|hoping|hoped|wish|wishing)\s+(?:that\s+)?i\s+(?:will\s+|would\s+|might\s+)?(?:crash|die|get hit|do not wake up|never wake up|do not make it)\b(?!\s+(?:before|until|till|early)\b)"
        r"|\b(?:planning|plans|planned|going)\s+to\s+(?:kill|end|hurt)\s+(?:myself|herself|himself|themselves|(?:my|his|her|their) (?:own )?life)\b"
        r"|\bdecided\s+(?:that\s+)?this\s+(?:is|will be)\s+my\s+last\b"
        r"|\bsorry for everything\b[^.!?]{0,60}?\b(?:look after|take care of|goodbye|not answering|love you all)\b"
        r"|\b(?:burning|cutting|scratching|carving|hitting|punching)\s+(?:my|her|his)\s+(?:arm|arms|wrist|wrists|legs|thighs|skin|stomach)\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "self-harm",
        "others-at-risk",
        r"\b(?:thoughts|thinking|thought|talking|talks|talked)\s+(?:\w+\s+){0,2}?(?:of|about)\s+(?:killing|hurting|harming|ending)\s+"
        r"(?:herself|himself|themselves|themself|(?:his|her|their) (?:own )?life)\b"
        r"|\b(?:he|she|they)\s+(?:\w+\s+)?(?:wants|want|wanted)\s+to\s+(?:die|kill (?:herself|himself|themselves))\b"
        r"|\b(?:he|she|they)\s+(?:is|are|was|has been|have been)\s+(?:\w+\s+)?suicidal\b"
        r"|\bsaying goodbye to (?:people|everyone|everybody) in (?:a\s+)?(?:weird|strange|odd|final|funny) ways?\b"
        r"|\bso\s+(?:we|they|you|nobody|no one)\s+(?:will not|would not|does not|do not)\s+have\s+to\s+deal\s+with\s+(?:his|her|their|my)\s+(?:stuff|things)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "method-research",
        r"\b(?:reading|read|researching|looking up|looked up|googling|googled|searching|searched)\s+(?:about\s+)?how\s+(?:people|to|you|i)\s+"
        r"(?:could\s+)?(?:end|kill|take)\s+(?:their|my|your|myself|themselves)\b"
        r"|\bmake it look like an accident\b|\bhow to make it look\b",
    ),
    _cue(
        "self-harm",
        "stop-existing",
        r"\b(?:stop|stopped|cease|ceasing)\s+(?:to\s+)?exist\w*\b|\bto not exist\b|\bnot exist(?:ing)? anymore\b"
        r"|\b(?:idea|thought|thinking|think)\s+(?:\w+\s+){0,2}?(?:of|about)\s+(?:just\s+)?not\s+(?:existing|being alive|being here|waking up|going on|living)\b"
        r"|\b(?:unsubscribe|log off|check out|opt out|clock out)\s+(?:from\s+|of\s+)?(?:being alive|life|living|existence)\b"
        r"|\bwaiting\s+(?:for|to)\s+(?:die|death|the end|someone to (?:blow (?:it|me) out|snuff (?:it|me) out|switch me off|end it))\b"
        r"|\bgo dark and stay\b|\bwant out\W+(?:\w+\W+)?(?:permanently|for good|forever)\b"
        r"|\b(?:khatam|khatm)\s+(?:hi\s+)?kar\s+(?:doon|dun|du|dena|deta|deti)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "warning-signs",
        r"\bi\s+(?:have|had|already)\s+(?:picked|chosen|set)\s+a\s+date\b(?!\s+for)"
        r"|\b(?:made|making)\s+(?:up\s+)?my\s+mind\s+(?:up\s+)?to\s+end\s+(?:things|it)\b(?!\s+with)"
        r"|\b(?:wrote|written|writing|write|have|kept|keep)\s+(?:a\s+|my\s+)?(?:note|letters?)\b[^!?]{0,80}?\b(?:just in case|in case|after i am gone|when i am gone|for when i)\b"
        r"|\b(?:hope|hoping|wish)\s+(?:that\s+)?something\s+(?:bad\s+)?happens\s+(?:to me|on the (?:drive|way|road))\b"
        r"|\bstopped wearing (?:my|a) seat ?belt\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "more-warning-signs",
        r"\b(?:a|my)\s+plan\s+and\s+a\s+date\b|\bbetter\s+without\s+me\b(?!\s+(?:at|in|on|for|there|around|to|tonight)\b)"
        r"|\bwish\w*\s+(?:that\s+)?(?:the\s+\w+\s+)?(?:had\s+)?(?:taken|killed|got)\s+(?:me|him|her|them)\s+instead\b"
        r"|\b(?:till|until)\s+(?:my\s+\w+\s+|they\s+|it\s+|i\s+)?bleed\w*\b"
        r"|\bif it (?:gets|kills) me,? it (?:gets|kills) me\b"
        r"|\bi\s+should\s+(?:be\s+(?:dead|gone)|not\s+be\s+(?:here|alive|around))\b"
        r"|\blike\s+i\s+(?:was not|were not|would not be|am not|was never)\s+coming\s+back\b"
        r"|\bwaste of (?:space|oxygen|air|a life)\b(?!\s+in\s+the\s+(?:kitchen|garden|gym|office|car|team|meeting))"
        r"|\bnot\s+have\s+to\s+worry\s+about\s+me\s+(?:anymore|any more|soon|much longer|for long)\b"
        r"|\b(?:making|leaving|carving|putting)\s+(?:marks|cuts|scratches)\s+on\s+(?:myself|herself|himself|themselves|my|her|his)\b"
        r"|\bmarks\s+(?:\w+\s+){0,4}?(?:making|leaving)\s+on\s+(?:myself|herself|himself|themselves)\b"
        r"|\b(?:do not|does not|can not)\s+see\s+a\s+future\s+with\s+(?:myself|herself|himself|themselves|me)\s+in\s+it\b"
        r"|\b(?:it|that)\s+(?:will not|would not)\s+matter\s+soon\b"
        r"|\bif\s+i\s+am\s+not\s+(?:here|around|alive)(?:\s+anymore)?\b"
        r"|\bgoing\s+to\s+end\s+it\s+(?:tonight|today|all|for good|soon|this week)\b"
        r"|\b(?:do not|does not|never)\s+deserve\s+to\s+(?:live|be alive|be here|exist)\b"
        r"|\b(?:do|doing|did)\s+things\s+to\s+my\s+(?:own\s+)?(?:skin|body|arms|legs)\b"
        r"|\b(?:can not|cannot)\s+stop\s+thinking\s+about\s+(?:dying|death|suicide|ending it|killing myself|not being here)\b"
        r"|\b(?:tried|trying|attempted|try)\s+to\s+(?:take|end)\s+(?:his|her|their|my)\s+(?:own\s+)?life\b"
        r"|\bafter\s+(?:an|her|his|my|their|a suicide)\s+attempt\b|\bsuicide attempt\b|\bpsych(?:iatric)? ward\b"
        r"|\bif\s+a\s+(?:bus|car|truck|train|lorry)\s+(?:hit|hits|ran over|runs over)\s+me\b"
        r"|\b(?:at least|then)\s+(?:you|we|they|she|he)\s+(?:would|will)\s+get\s+the\s+(?:life\s+)?insurance\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "more-signs",
        r"\b(?:go to sleep|sleep|fall asleep)\s+and\s+(?:just\s+)?(?:never|not)\s+wake\s+up\b"
        r"|\b(?:says|say|saying|said|keeps saying|posts?|posting|posted|tells me)\b[^.!?]{0,40}?\bbetter off without (?:him|her|them)\b"
        r"|\blike\s+(?:i|she|he|they)\s+(?:was not|were not|was never|would not be|is not)\s+(?:coming back|going to see (?:us|you|them|me) again)\b"
        r"|\bnot long now\b"
        r"|\b(?:wrote|made|updated|writing|making)\s+(?:a|his|her|their|my)\s+will\b[^.!?]{0,80}?\b(?:out of nowhere|suddenly|tidying|affairs in order|sorting everything)"
        r"|\b(?:affairs in order|tidying things up)\b[^.!?]{0,60}?\b(?:low|down|depressed|not himself|not herself)\b"
        r"|\bthinks?\s+(?:\w+\s+){0,2}?about\s+(?:killing|hurting|harming|ending)\s+(?:himself|herself|themselves|myself|(?:his|her|their|my) life)\b"
        r"|\bfeel\w*\s+like\s+(?:killing|hurting|ending)\s+(?:myself|themselves|yourself|himself|herself|it all)\b"
        r"|\b(?:death|dying|die|dead)\b[^.!?]{0,40}?\bpeaceful\b|\bpeaceful\b[^.!?]{0,40}?\b(?:death|dying|to die|be dead)\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "self-harm",
        "overdose",
        r"\b(?:i|i have|i had|i almost|i nearly|i once)\s+(?:\w+\s+)?overdos\w+|\b(?:took|take|taking)\s+an\s+overdose\b"
        r"|\b(?:took|take) too many (?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?(?:pills|tablets|meds|sleeping pills|painkillers)\b"
        r"|\bswallow\w* (?:all )?(?:the|my) pills\b"
        r"|\b(?:stockpil\w*|saving up|saving|hoarding|collecting|storing up)\s+(?:all\s+)?(?:my\s+|the\s+|his\s+|her\s+|their\s+)?(?:pills|meds|tablets|medication|medicine|antidepressants|sleeping pills|sleeping tablets|painkillers|paracetamol|codeine|insulin)\b"
        r"|\bhow many\s+(?:\w+\s+){0,3}?(?:pills|tablets|meds|paracetamol)\s+(?:it would take|would it take|it takes|to take)\b"
        r"|\bways to (?:die|kill myself|end it|end my life|not wake up|commit suicide|disappear forever)\b"
        r"|\b(?:planning|plan|planned|planning out|thinking about|think about|worked out)\s+how\s+(?:i|they|to|you|we)?\s*"
        r"(?:would\s+|could\s+|might\s+)?(?:do it|end it|go through with it)\b"
        r"|\bnot making it (?:home|back)\b[^.!?]{0,30}?\b(?:on purpose|deliberately)\b",
        negatable=False,
        reported=True,
    ),
    # --- Partner violence: fear, stalking, control and threats in everyday words --------
    _cue(
        "partner-violence",
        "fear-of-moods",
        r"\bwalk\w*\s+on\s+eggshells\b[^.!?]{0,80}?\b(?:explodes|explode|exploding|rage|rages|throws|threw|breaks|"
        r"breaking|smash\w*|screams|screaming|hits|hit me|violent|scared|afraid|terrified)\b"
        r"|\bcheck\w*\s+(?:his|her|their)\s+mood\s+(?:\w+\s+){0,5}?before\s+i\s+(?:come|go|walk|get|open)\b"
        r"|\b(?:explodes|exploded|loses it|lost it|snaps|snapped|flies into a rage|flew into a rage)\b[^.!?]{0,40}?"
        r"\b(?:breaking|breaks|broke|smashing|smashes|smashed|throwing things|throws things|threw things|punch\w* (?:the |a )?walls?)\b",
    ),
    _cue(
        "partner-violence",
        "hiding-injuries",
        r"\b(?:long sleeves|sleeves|scarf|scarves|turtlenecks?|polo necks?|makeup|make-up|concealer|sunglasses)\b[^.!?]{0,60}?"
        r"\b(?:so (?:nobody|no one|people do not|they do not|my \w+ do not)|to hide|to cover)\b[^.!?]{0,40}?"
        r"\b(?:asks?|see|sees|notice|notices|arms?|neck|bruises?|marks|face|wrists?)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "following-me",
        rf"\b{_PARTNER}\b(?:\s+\w+){{0,3}}?\s+(?:followed|follows|following|tailed|tails)\s+me\s+(?:to|home|everywhere|around|when|into|from)\b"
        r"(?!\s+(?:like a\b|(?:the|our)\s+(?:house|flat|home|kitchen|garden)\s+(?:all day\s+)?(?:like a|because|since)\b))"
        r"|\bsat\s+outside\s+(?:\w+\s+){0,5}?for\s+(?:hours|\w+\s+hours|the whole night|all night)\b"
        r"|\bmy\s+ex\b[^.!?]{0,80}?\b(?:leaving notes|left notes|found my (?:new )?(?:address|flat|house|place|number)|"
        r"outside my (?:house|flat|work|place|door)|walk\w* past my|turn\w* up at|show\w* up at|keeps? (?:calling|texting|messaging|turning up))\b"
        r"|\bfound you\b",
    ),
    _cue(
        "partner-violence",
        "phone-taken",
        r"\b(?:took|takes|taken|grabbed|grabs|hid|hides|smashed|smashes|broke|breaks|confiscated)\s+my\s+(?:phone|mobile|keys|car keys|passport|laptop)\b"
        r"[^.!?]{0,60}?\b(?:would not|will not|refused to|refuses to|so i (?:could not|can not|cannot)|until i)\b"
        r"|\b(?:unplugged|cut off|disconnected|pulled out)\s+(?:the\s+)?(?:landline|phone|internet|wifi|router)\b[^.!?]{0,60}?"
        r"\bso\s+i\s+(?:could not|can not|cannot)\b"
        r"|\b(?:listens|listened|listening|listen)\s+in\s+(?:on\s+)?(?:to\s+)?(?:all\s+)?my\s+(?:calls|phone calls|conversations)\b"
        r"|\b(?:demands?|demanded|makes? me|made me|forces? me to|insists? on)\b[^.!?]{0,40}?\b(?:video call|photo|picture|selfie|location)\b"
        r"[^.!?]{0,30}?\bprove\b|\bprove where i (?:am|was)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "money-taken",
        r"\b(?:took out|taken out|opened|got)\s+(?:a\s+)?(?:loan|loans|credit card|credit cards|overdraft|phone contract)\s+in\s+my\s+name\b"
        r"|\b(?:moved|transferred|took|emptied|drained)\s+(?:all\s+(?:of\s+)?)?my\s+(?:savings|money|wages|pay|account)\s+(?:into|to|out of|from)\b"
        r"|\b(?:hand|handing|give|giving|hands|gives)\s+(?:over\s+)?(?:him|her|them)?\s*my\s+(?:whole\s+|entire\s+)?"
        r"(?:pay|paycheck|paycheque|paychecks|wages|salary|pension|disability|benefits)\b"
        r"|\bcontrols?\s+(?:\w+\s+){0,2}?my\s+(?:disability|benefits?|pension|payments?|allowance)\b"
        r"|\b(?:has|holds|keeps|controls)\s+all\s+(?:of\s+)?(?:our|the|my)\s+money\b[^.!?]{0,60}?\bmy name\b"
        r"|\bmy name (?:is not|is not even) on (?:anything|any of it|the (?:lease|account|accounts|house|deeds|mortgage))\b",
        negatable=False,
        consent=True,
    ),
    _cue(
        "partner-violence",
        "kill-threat",
        rf"\b(?:he|she|they|my {_PARTNER})\s+(?:will|would|is going to|was going to|said (?:he|she|they) would|swore (?:he|she|they) would)\s+kill\s+(?:me|us)\b"
        r"(?!\s+for\s+(?:telling|saying|sharing|posting|showing|mentioning))"
        # "...if I bring home another fishing rod": the everyday hyperbole, not a threat
        r"(?!\s+if\s+i\s+(?:\w+\s+)?(?:buy|bought|bring|eat|ate|forget|spend|break|lose|miss|wear|touch|use|borrow|"
        r"finish|spoil|drink|adopt|order|get home late|am late|do not))"
        # "...she's going to kill me, I left the tongs at her parents' again"
        r"(?![,;]?\s+(?:because\s+|as\s+|since\s+)?i\s+(?:left|forgot|lost|broke|spilled|spilt|ate|finished|missed)\s+"
        r"(?:the|her|his|their|our|my)\s+(?!house|home|flat|kids|children|baby)\w+)",
        negatable=False,
        hyperbole=True,
    ),
    _cue(
        "partner-violence",
        "harm-threat",
        r"\b(?:said|says|told me|threatened|warned)\b[^.!?]{0,60}?\bi\s+(?:will not|would not)\s+be\s+able\s+to\s+(?:walk|see|stand|move|breathe|talk)\b"
        r"|\b(?:take|get|getting)\s+(?:full\s+)?custody\b[^.!?]{0,80}?\b(?:unstable|crazy|mad|unfit|mental)\b"
        r"|\bsecretly\s+record\w*\s+me\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "harm-in-context",
        r"\b(?:pillow|hand|hands|blanket|plastic bag|bag)\s+over\s+my\s+(?:face|mouth|nose|head)\b"
        r"|\b(?:left|dumped|abandoned|kicked)\s+me\s+(?:out\s+)?(?:on|at|by)\s+the\s+side\s+of\s+the\s+(?:road|motorway|highway|freeway)\b"
        r"|\bleft me\b[^.!?]{0,40}?\bwithout my (?:phone|keys|wallet|money|shoes|purse)\b"
        r"|\bmade\s+me\s+(?:kneel|beg|crawl|grovel|sleep on the floor|eat off the floor)\b"
        r"|\band\s+then\s+(?:hit|hits|punched|slapped|kicked|shoved|choked|strangled|smacked|whacked)\s+me\b"
        r"|\b(?:locked myself|hiding|hid|typing this|writing this)\b[^.!?]{0,40}?\b(?:bathroom|toilet|closet|wardrobe|car|bedroom)\b"
        r"[^.!?]{0,60}?\b(?:shouting|screaming|yelling|banging|pounding|outside the door|kicking the door)\b",
    ),
    # --- Self-harm: wishes, farewells and preparations in everyday words -----------------
    _cue(
        "partner-violence",
        "sabotage-and-debt",
        r"\b(?:rang|called|emailed|messaged|texted)\s+my\s+(?:boss|work|manager|employer|job|uni|school)\b[^.!?]{0,60}?"
        r"\b(?:pretending|quit|lies|lied|said i|told them)\b"
        r"|\b(?:credit cards?|loans?|debts?|bills|contracts?|accounts?)\s+(?:\w+\s+){0,2}?in\s+my\s+name\b"
        r"|\b(?:ripped up|tore up|destroyed|deleted|hid|broke|smashed)\s+my\s+(?:uni |college |school )?"
        r"(?:assignment|coursework|homework|thesis|uniform|work clothes|laptop|certificates?|passport|documents)\b"
        r"|\b(?:rang|calls?|called|texts?|texted)\s+me\s+(?:\w+\s+){0,3}?(?:times|\d+ times)\s+(?:a day\s+)?at\s+work\b"
        r"[^.!?]{0,40}?\b(?:let me go|sacked|fired|lost my job)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "withholding-needs",
        r"\b(?:will not|would not|does not|refuses to|refused to|never)\s+(?:give|let)\s+(?:me|her|him)\s+(?:have\s+)?"
        r"(?:my\s+|any\s+|the\s+)?(?:money for|insulin|medication|medicine|meds|tablets|pills|inhaler|food|heart tablets|painkillers)\b"
        r"|\b(?:hides|hid|takes away|took away)\s+my\s+(?:walking frame|walker|walking stick|stick|wheelchair|crutches|hearing aids?|glasses|medication|meds|tablets)\b"
        r"|\b(?:forgets|forgot|refuses|stops|stopped)\b[^.!?]{0,20}?\b(?:to give|giving)\s+(?:it|them)?\s*(?:to\s+)?me\b[^.!?]{0,40}?\b(?:after|when|unless|until)\b"
        r"|\b(?:does not|will not|do not)\s+let\s+me\s+eat\b(?!\s+(?:dessert|pudding|cake|chocolate|sweets|the last|his|her|crisps|in))|\bmoney for (?:food|the kids|groceries)\b[^.!?]{0,60}?\b(?:says|said|unless|talked back|punish)\b"
        r"|\bno friends,? no (?:car|money|phone)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "image-and-outing-threats",
        r"\b(?:shared|posted|sent|leaked|spread|threaten\w*\s+to\s+(?:share|post|send|leak)|will (?:share|post|send|leak)|"
        r"going to (?:share|post|send|leak)|would (?:share|post|send|leak))\s+(?:\w+\s+){0,3}?"
        r"(?:my|the|our)\s+(?:nudes|nude photos|naked photos|intimate photos|private photos|photos|pictures|pics|videos|vids|sex tape)\b"
        r"[^.!?]{0,60}?\b(?:if i|unless|after i|group chat|online|school|work|family|ex|everyone|leave)\b"
        r"|\b(?:tell|out|outing|expose|report)\s+(?:me\s+)?(?:to\s+)?(?:my|the)\s+(?:family|parents|work|boss|church|immigration|visa office)\b"
        r"[^.!?]{0,40}?\b(?:if i|unless|when i)\b"
        r"|\b(?:tell|telling)\s+(?:my\s+)?(?:family|parents|mum|mom|dad|everyone)\s+(?:that\s+)?i\s+am\s+(?:gay|trans|bi|lesbian|queer)\b"
        r"|\b(?:runs|controls|took over|deleted)\s+(?:all\s+)?my\s+(?:instagram|facebook|socials|social media|accounts?|followers)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "intimidation-more",
        r"\b(?:drives|drove|driving)\s+(?:really\s+|so\s+)?(?:fast|dangerously|recklessly)\b[^.!?]{0,60}?\b(?:on purpose|to scare|scream|swerv\w*|frighten)\b"
        r"|\bst(?:and|ands|ood|anding)\s+over\s+me\b[^.!?]{0,60}?\b(?:shout\w*|scream\w*|yell\w*|until i|fists?|threat\w*|raised)\b"
        r"|\bshouts?\s+(?:right\s+)?in\s+my\s+face\b|\bscreams?\s+(?:right\s+)?in\s+my\s+face\b"
        r"|\bwaiting at the door\b(?!\s+with\s+(?:a|her|his|the)\s+(?:slipper|rolling pin|wooden spoon|cup|hug|smile))"
        r"|\baccount for every (?:minute|penny|hour|cent)\b"
        r"|\bstill finds me\b|\b(?:new (?:number|flat|house|town|city)),?\s+(?:\w+\s+){0,6}?(?:he|she|they)\s+(?:still\s+)?(?:finds|found|tracks|tracked)\s+me\b"
        r"|\b(?:turns|turned)\s+up\s+at\s+my\s+(?:work|job|office)\s+(?:\w+\s+){0,2}?(?:screaming|shouting|yelling|raging)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "injuries-explained-away",
        r"\b(?:told|tell|telling)\s+(?:the\s+|my\s+)?(?:nurse|doctor|gp|hospital|a&e|er|paramedics|police|school|mum|mom|mother|dad|work|boss|teacher|friends?|everyone|people|them)\b"
        r"[^.!?]{0,40}?\b(?:i fell|i tripped|walked into|(?:was|is|came) from (?:a|the) (?:cupboard|door|fall))\b"
        r"|\b(?:black eye|bruises?|split lip|broken (?:wrist|arm|nose|rib|ribs))\s+(?:\w+\s+){0,3}?(?:was|is|came)\s+from\s+(?:a|the)\s+(?:cupboard|door|fall|stairs)\b"
        r"|\bi did not (?:fall|trip|walk into)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "sexual-coercion-more",
        r"\b(?:owe|owes|owed)\s+(?:him|her|them|me)\s+(?:sex|it)\b|\bi\s+owed\s+(?:him|her|them)\b"
        r"|\b(?:go along with it|give in)\s+(?:\w+\s+){0,2}?(?:to keep the peace|to avoid (?:a fight|an argument|a row|trouble)|"
        r"so (?:he|she|they) (?:stops|stop|will stop))\b"
        r"|\bsays?\s+i\s+owe\s+(?:him|her|them)\b(?!\s+(?:money|\W?\d|a|the|for))"
        r"|\b(?:gets|got|getting)\s+rough\b[^.!?]{0,40}?\b(?:when|if|after)\s+i\s+(?:say|said)\s+no\b"
        r"|\bsay no\b[^.!?]{0,40}?\b(?:gets rough|sulks and then|punish\w*)\b"
        r"|\b(?:would not|will not)\s+(?:drive|take|let)\s+me\s+(?:home|leave|go)\s+until\s+i\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "violence-in-other-words",
        r"\bgives?\s+me\s+a\s+(?:hiding|beating|thrashing|slap|smack|backhand)\b"
        r"|\b(?:hurt|hurts|hit|hits|beat|beats)\s+(?:our|my|the)\s+(?:son|daughter|kids|children|child|baby|boy|girl)\s+to\s+(?:punish|get at|hurt)\s+me\b"
        r"|\bkids\s+(?:have\s+)?(?:started\s+)?(?:hiding|hide|hid)\b[^.!?]{0,30}?\bwhen\s+(?:they\s+)?(?:hear|see)\s+(?:him|her|them|my \w+)\b"
        r"|\bnext time (?:he|she|they)\s+(?:will not|won't|would not)\s+miss\b"
        r"|\b(?:put|putting)\s+me\s+in\s+the\s+ground\b"
        r"|\b(?:twists?|twisted|bends?|bent)\s+my\s+(?:arm|wrist|fingers)\b"
        r"|\b(?:hand|hands)\s+on\s+my\s+(?:neck|throat)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "not-much-longer",
        r"\b(?:will not|won't)\s+be\s+(?:a\s+(?:problem|burden|bother)|around|here)\s+(?:for\s+(?:anyone|anybody|you|them)\s+)?(?:much\s+)?(?:longer|for long)\b"
        r"|\b(?:do not|cannot|can not)\s+see\s+myself\s+(?:still\s+)?(?:being\s+)?(?:around|here|alive)\b"
        r"|\b(?:will not|wo not)\s+(?:even\s+)?be\s+around\s+for\b"
        r"|\blived\s+long\s+enough\b"
        r"|\b(?:only one|just one)\s+way\s+out\b"
        r"|\b(?:last|final)\s+message\s+to\s+(?:anyone|anybody|everyone|you all)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "no-future",
        r"\bno\s+future\s+(?:for\s+me|left)\b|\bi\s+have\s+no\s+future\b"
        r"|\b(?:done done(?!\s+(?:done\s+)?with\s+(?:his|her|their|the|my|this|that|work|school)\b)|so done with everything|"
        r"done with everything|done with life|done with it all)\b"
        r"|\btired\W+(?:\w+\W+){0,3}not\s+(?:sleep|sleepy)\s+tired\b"
        r"|\bnothing\s+left\s+to\s+(?:keep going|live|go on|stay)\s*(?:for)?\b"
        r"|\b(?:go|want to go)\s+(?:and\s+)?be\s+with\s+(?:him|her|them)\b[^.!?]{0,40}?\b(?:gone|passed|died|nothing left)\b"
        r"|\b(?:gone|passed|died)\b[^.!?]{0,40}?\b(?:go|want to go)\s+(?:and\s+)?be\s+with\s+(?:him|her|them)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "reckless-on-purpose",
        r"\b(?:driving|drive|drove|drink driving|speeding)\b[^.!?]{0,60}?\b(?:hoping something happens|hoping i crash|on purpose|"
        r"do not (?:really\s+)?care if i (?:crash|die)|hope i crash)\b"
        r"|\b(?:picked|picking|pick|started|starting)\s+fights?\b[^.!?]{0,60}?\bhoping\b[^.!?]{0,40}?\b(?:finish me off|kill me|hurt me)\b"
        r"|\bhoping\s+(?:someone|something|one of them)\s+(?:would|will)\s+(?:finish me off|kill me|end it)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "arrangements",
        r"\b(?:gave|given|give|giving)\s+(?:away\s+)?my\s+(?:dog|cat|pets?|puppy)\s+(?:away\s+)?to\b[^.!?]{0,60}?\b(?:better than i|if anything happens|look after)\b"
        r"|\b(?:take|have|look after)\s+my\s+(?:dog|cat|pets?|kids|children)\s+(?:\W?if anything happens|when i am gone|after i am gone)\b"
        r"|\bif anything happens\W+(?:\w+\W+){0,4}?i know what i meant\b"
        r"|\blife insurance\b[^.!?]{0,60}?\bbetter off\b|\bbetter off\b[^.!?]{0,60}?\blife insurance\b"
        r"|\b(?:none of it|this) is (?:not )?(?:his|her|their|your) fault\W+(?:\w+\W+){0,2}?whatever happens\b"
        r"|\b(?:said|saying)\s+(?:bye|goodbye)\s+to\s+(?:my\s+)?(?:friends|everyone|family)\b[^.!?]{0,40}?\b(?:closure|for good|last time)\b"
        r"|\bmake it easy for (?:her|him|them)\b[^.!?]{0,20}"
        r"|\bmade up my mind\b[^.!?]{0,30}$",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "passing-mentions",
        r"\b(?:setting|set|sets)\s+(?:him|her|them)\s+off\b"
        r"|\b(?:i|we)\s+(?:will\s+)?(?:pay|paid)\s+for\s+it\s+(?:later|after|when)\b|\bor\s+i\s+get\s+it\s+when\b"
        r"|\b(?:told|tell|said)\s+(?:him|her|them|my \w+)\s+no\b[^.!?]{0,40}?\b(?:kept going|keeps going|carried on|did it anyway|anyway)\b"
        r"|\b(?:end up|ended up|left)\s+with\s+(?:bruises|a black eye|a split lip|marks)\b"
        r"|\b(?:could not|can not|cannot)\s+go\s+(?:to\s+)?(?:work|school|out)\s+for\s+(?:a|two|three|\w+)\s+(?:days?|weeks?)\s+(?:because|cos|coz|bc)\s+of\s+my\s+(?:face|eye|bruises|lip)\b"
        r"|\bleave me with nothing\b|\bnobody will believe\b|\bno one will believe\b"
        r"|\b(?:kicked|hit|hurt|strangled|drowned|killed)\s+(?:the|our|my)\s+(?:last\s+)?(?:dog|cat|puppy|pet)\b"
        r"|\b(?:restraining order|protection order|protective order|non-molestation order|apprehended violence order)\b"
        r"|\b(?:does not|did not|will not)\s+do\s+worse\b|\b(?:puts up with me|should be grateful)\b[^.!?]{0,40}?\bworse\b"
        r"|\bgets?\s+rough\b|\b(?:goes|went|comes|came)\s+for\s+me\s+with\b"
        r"|\bkeep my eyes down\b|\b(?:rips|ripped|tears|tore)\s+(?:it|them|my clothes|my top|my dress)\s+off\s+me\b"
        r"|\bfilmed\s+(?:us|me)\s+without\b|\b(?:dead (?:bird|animal|rat|cat)|threatening note)\s+(?:\w+\s+){0,3}?(?:on|at|outside)\s+my\b"
        r"|\b(?:new|fake|different)\s+accounts?\s+to\s+(?:message|contact|follow|watch)\s+me\b|\bknows where i (?:park|live|work|go)\b"
        r"|\bsits?\s+outside\s+my\s+(?:work|house|flat|office|school)\b"
        r"|\bif\s+i\s+report\b[^.!?]{0,60}?\b(?:say i did|nobody|no one|will believe)\b"
        r"|\b(?:pushing|pushes|pressures?|pressuring)\s+(?:for\s+it|me)\b[^.!?]{0,60}?\b(?:drinks|drunk|asleep|not remembering|do not remember)\b"
        r"|\b(?:lost contact|cut off)\s+(?:with\s+|w\s+)?all\s+my\s+(?:mates|friends)\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "self-harm",
        "final-acts",
        r"\b(?:go|going|went)\s+through\s+with\s+it\b|\bfinally\s+do\s+it\b"
        r"|\b(?:will|would|is going to|going to)\s+be\s+(?:my|the)\s+last\s+(?:one|anniversary|birthday|christmas)\b"
        r"|\b(?:my|the)\s+last\s+attempt\b"
        r"|\b(?:edge|end)\s+of\s+the\s+(?:platform|bridge|cliff|roof)\b|\b(?:tallest|highest)\s+(?:buildings?|bridges?)\b"
        r"|\bthe\s+bridge\b[^.!?]{0,70}?\blook\s+down\b"
        r"|\b(?:want|need)\s+(?:her|him|them|you)\s+to\s+know\s+(?:that\s+)?(?:none of (?:it|this)|it is not|this is not)\s+"
        r"(?:is\s+)?(?:her|his|their|your)\s+fault\b"
        r"|\b(?:driving|drive|drove|crash|crashing)\s+(?:my car\s+)?into\s+(?:a|the)\s+(?:wall|tree|bridge|lorry|truck|river)\b"
        r"|\b(?:waiting|wait|want|ready)\s+to\s+join\s+(?:her|him|them)\b"
        r"|\bstopped\s+(?:taking\s+)?my\s+(?:tablets|meds|medication|pills)\b"
        r"|\b(?:written|wrote|writing|left)\s+(?:\w+\s+)?(?:notes?|letters?)\s+to\s+(?:my|the)\s+\w+\b[^.!?]{0,60}?\b(?:sorry|goodbye|love them)\b"
        r"|\bsay\s+goodbye\b[^.!?]{0,60}?\bwithout\b[^.!?]{0,30}?\b(?:realising|realizing|knowing)\b"
        r"|\b(?:time|days|weeks)\s+i\s+(?:have|have got|got)\s+left\b"
        r"|\b(?:it|nothing)\s+(?:will not|wo not|would not)\s+matter\s+anyway\b"
        r"|\bpicked\s+(?:a|the)\s+date\b[^.!?]{0,40}?\b(?:if|then|by then)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "blunt-harm",
        r"(?<!\btoddler )(?<!\bbaby )(?<!\bdog )(?<!\bcat )(?<!\bpuppy )(?<!\bkid )(?<!\bson )(?<!\bdaughter )"
        r"\b(?:glassed|bottled|knifed|stabbed|scalded|battered|throttled|bit|kneed|headbutted|spat at|spat on)\s+me\b"
        r"(?!\s+in\s+the\s+back)"
        r"|\bspat\s+in\s+my\s+face\b|\bby\s+my\s+hair\b"
        r"|\bpoured\s+(?:the\s+)?(?:boiling|boiled|hot)\s+(?:water|kettle|tea|coffee|oil)\b|\bpoured\s+the\s+(?:boiled\s+)?kettle\s+(?:over|on)\b"
        r"|\bbruises?\b[^.!?]{0,40}?\bwhere\s+(?:he|she|they)\s+(?:grabbed|held|hit|kicked|squeezed|punched|pinched|bit|twisted)\b"
        r"|\bon\s+top\s+of\s+me\b[^.!?]{0,30}?\b(?:i said no|said no|asleep|could not move)\b"
        r"|\bforces?\s+(?:himself|herself|themselves)\s+on\s+me\b"
        r"|\bgave\s+me\s+a\s+(?:right\s+)?(?:doing|kicking|belting|leathering|thumping|pasting|going over)\b"
        r"|\bnext time\s+(?:it|it will|it is going to)\s+(?:be\s+)?worse\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "partner-violence",
        "control-and-children",
        r"\b(?:got|has|have|took|takes|keeps|kept)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:bank cards?|cards|phone|id|passport|keys|car keys|meds|medication)\b"
        r"[^.!?]{0,20}?(?:,|\band\b|\bn\b|&)\s*(?:my\s+)?(?:bank cards?|cards|phone|id|passport|keys|meds|medication|everything)\b"
        r"|\b(?:he|she|they)\s+controls?\s+everything\b"
        r"|\b(?:will not|would not|does not|refuses to)\s+(?:bring|give|fetch|pass)\s+(?:me\s+)?my\s+(?:meds|medication|tablets|chair|wheelchair|walker|frame|inhaler)\b"
        r"|\bleaves?\s+my\s+(?:chair|wheelchair|walker|frame|crutches)\s+(?:in\s+)?(?:another|the other|a different)\s+room\b"
        r"|\blocked\s+(?:me\s+)?(?:out|the door)\b[^.!?]{0,60}?\b(?:in the rain|in the cold|in the snow|for hours|two hours|all night|overnight)\b"
        r"|\b(?:take|took|taking)\s+(?:the|my|our)\s+(?:kids|children|baby|son|daughter)\b[^.!?]{0,60}?"
        r"\b(?:never (?:find|see)|would not (?:see|find)|will not (?:see|find)|would not tell me where|will not tell me where|refused to tell me where)\b"
        r"|\bnext time\b[^.!?]{0,30}?\b(?:would not|will not|never)\s+see\s+(?:her|him|them|the kids|my kids|the baby)\s+again\b"
        r"|\b(?:throw\w*|flush\w*|hid\w*|hiding|tamper\w*|poke\w* holes in)\s+(?:\w+\s+){0,2}?(?:my|the)\s+"
        r"(?:contraception|contraceptives|pills|birth control|condoms?|implant|coil)\b(?!\s+(?:prescription|appointment))"
        r"|\b(?:photos|pictures|videos)\s+of\s+(?:me|my (?:house|flat|car|door|window|work|kids))\b[^.!?]{0,30}?\b(?:at night|through the window|without|outside)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "blunt-despair",
        r"\b(?:wrote|written|writing|done|finished)\s+my\s+(?:note|notes|letter|letters)\b(?!\s+(?:to|for)\s+the\b)"
        r"|\b(?:i am|am)\s+done\W+(?:\w+\W+){0,1}?(?:for good|forever)\b"
        r"|\bhate\s+myself\b[^.!?]{0,40}?\b(?:hurt|cut|burn|harm|punish|hit)\w*\s+myself\b"
        r"|\b(?:hitting|hit|hurting|cutting|burning|scratching)\s+myself\s+when\s+i\s+am\s+alone\b"
        r"|\bsaid\s+goodbye\b[^.!?]{0,40}?\b(?:does not know|did not know|does not realise|did not realise|without (?:her|him|them) knowing)\b"
        r"|\bgave\s+(?:away\s+)?my\s+(?:dog|cat|pets?|puppy|kitten|things|stuff|guitar|clothes)\b[^.!?]{0,30}?[.,]?\s*"
        r"(?:\w+\s+){0,2}?(?:will not|wo not)\s+need\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "euphemism-and-control",
        r"\b(?:temper|angry|rough|grabs?|grabbed|hits?|squeez\w+)\b[^.!?]{0,40}?\bi\s+bruise\s+easily\b|\b(?:prisoner|hostage|trapped|caged)\s+in\s+my\s+own\s+(?:home|house|flat|life)\b|\blive\s+in\s+a\s+cage\b"
        r"|\bonly one with (?:a|the) key\b|\blearn(?:ed|t)?\s+not\s+to\s+(?:cry|speak|argue|answer back|say no|make a sound)\b"
        r"|\bmakes?\s+(?:him|her|them)\s+worse\b|\bdoes whatever (?:he|she|they) wants? (?:to|with) me\b"
        r"|\beasier than explaining what (?:he|she|they) did\b|\bwhere my clothes (?:cover|hide)\b|\bplaces my clothes cover\b"
        r"|\bshould be grateful\b[^.!?]{0,40}?\b(?:has not|did not|puts up|have not)\b|\bno right to refuse\b"
        r"|\b(?:says|said)\s+(?:i am|me)\s+(?:his|her|their)\s+(?:property|possession)\b"
        r"|\b(?:deport\w*|visa|immigration|my papers)\b[^.!?]{0,60}?\b(?:one phone call|depends on (?:him|her|them)|report me|"
        r"have me (?:deported|sent back)|i am deported|get me deported)\b"
        r"|\b(?:drive|crash|run)\s+(?:us|the car|us all|us both)\s+(?:\w+\s+)?(?:off the road|into)\b"
        r"|\b(?:end up|ended up)\s+on\s+the\s+floor\b|\b(?:lashing|lashes|lashed)\s+out\s+at\s+me\b"
        r"|\b(?:heart (?:pounds|sinks|is pounding)|i freeze|i panic|i shake)\b[^.!?]{0,30}?\bwhen\s+i\s+hear\s+(?:his|her|their)\s+"
        r"(?:key|keys|car|footsteps|voice)\b"
        r"|\bsits?\s+in\s+on\s+(?:every|all|my)\s+(?:doctor|gp|medical|hospital)?\s*(?:appointments?|visits?)\b"
        r"|\b(?:stopped|stops|will not let|does not let)\s+me\s+(?:from\s+)?taking\s+my\s+(?:\w+\s+)?(?:meds|medication|pills|antidepressants|tablets|insulin)\b"
        r"|\b(?:will not|does not|refuses to)\s+let\s+me\s+take\s+my\s+(?:meds|medication|pills|tablets|insulin|inhaler)\b"
        r"|\bcontrols?\s+my\s+(?:insulin|meds|medication|tablets|inhaler)\b|\bonly\s+(?:gives|hands)\s+(?:it|them)\s+(?:over\s+)?(?:to me\s+)?when\s+i\b"
        r"|\blocks?\s+the\s+(?:fridge|food|cupboards?|kitchen)\b|\bonly\s+eat\s+when\s+(?:he|she|they)\s+(?:decides|says|lets)\b"
        r"|\b(?:does not|will not|never)\s+take\s+no\s+for\s+an\s+answer\b[^.!?]{0,40}?\b(?:bedroom|in bed|sex|crying|even when)\b"
        r"|\bmade\s+me\s+(?:quit|give up|leave|drop out of)\s+(?:my\s+)?(?:job|work|uni|university|college|school|course|studies)\b"
        r"|\b(?:batters|battering)\s+me\b(?!\s+at\b)|\bdomestic stuff\b|\b(?:till|until)\s+i\s+(?:bled|was bleeding|passed out|blacked out)\b"
        r"|\b(?:tells|told)\s+(?:the\s+)?(?:kids|children|everyone|people)\s+(?:that\s+)?(?:i am|mummy is|daddy is|mum is|mom is|dad is)\s+"
        r"(?:crazy|mad|mental|insane|unstable)\b(?!\s+(?:about|for|on)\b)"
        r"|\bsince\s+(?:the\s+last\s+time|he|she|they)\b[^.!?]{0,40}?\b(?:can not|cannot)\s+(?:hear|see|walk|move|feel)\b"
        r"|\bif\s+i\s+(?:divorce|leave)\s+(?:him|her|them)\b[^.!?]{0,30}?\b(?:get nothing|be on the street|lose the kids|never see)\b"
        r"|\bwakes?\s+me\s+(?:up\s+)?(?:every hour|all night|through the night)\s+(?:\w+\s+){0,2}?to\s+(?:ask|check|question|interrogate|demand)\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "self-harm",
        "hidden-signs",
        r"\brelapsed\b[^.!?]{0,60}?\b(?:sleeves|habit|cutting|sh|self harm|self-harm|blade)\b"
        r"|\b(?:sh|self harm|self-harm|selfharm|the sh thing)\s+(?:thing\s+)?again\b|\bstarted\s+(?:the\s+)?(?:sh|self harm|self-harm)\b"
        r"|\b\d+\s+(?:days|weeks|months|years)\s+clean\b[^.!?]{0,40}?\b(?:down the drain|gone|relapse\w*|again)\b|\bshing\b"
        r"|\bhid(?:e|ing)?\s+it\s+under\s+my\s+(?:watch|watch strap|sleeves|bracelets|jeans)\b"
        r"|\bbetter off with (?:a|another) (?:\w+\s+){0,2}?(?:who is not me|than me|instead of me)\b"
        r"|\b(?:will not|wo not) have to (?:carry|look after|deal with|put up with|worry about) me\b"
        r"|\bnot\s+(?:sticking|staying|hanging)\s+around\b"
        r"|\b(?:do not|can not|cannot)\s+see\s+why\s+i\s+should\s+(?:carry on|go on|keep going|stay|live|bother)\b|\bhad\s+my\s+innings\b"
        r"|\b(?:putting|put|got|getting|sorting|sorted)\s+my\s+affairs\s+in\s+order\b|\bsaying\s+(?:my\s+)?(?:proper\s+)?goodbyes\b"
        r"|\b(?:do not|don't) worry about me after\b|\bi have sorted everything\b|\bsorry for existing\b"
        r"|\b(?:nobody|no one|no-one)\s+would\s+(?:notice|care|miss me)\s+if\s+i\s+(?:vanished|disappeared|died|was gone|were gone|was not here)\b"
        r"|\blooking\s+up\s+ways\b|\bwaiting\s+for\s+the\s+right\s+(?:moment|time)\s+to\s+(?:go|do it|end it)\b"
        r"|\bsaid\s+goodnight\b[^.!?]{0,40}?\blast\s+time\b(?![^.!?]{0,10}\bbecause\b)"
        r"|\bunalive\s+thoughts\b"
        r"|\b(?:would not|wouldn't) mind if i (?:did not|didn't) (?:make it|wake up)\b"
        r"|\b(?:feels|it feels|everything feels)\s+(?:tidy|finished)\b"
        r"|\bend\s+(?:things|it all|everything)\s+(?:tonight|today|this weekend|soon)\b"
        r"|\bi do not mean (?:with (?:him|her|them)|the relationship|out of the relationship|leaving (?:him|her|them))\b"
        r"|\bvoices?\s+(?:telling|tells|told)\s+me\s+to\s+(?:just\s+)?(?:die|kill myself|end it|hurt myself)\b"
        r"|\bmight as well make it official\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "threats-and-harm-more",
        r"\bsomething\s+(?:bad\s+)?will\s+\W?happen\W?\s+to\s+(?:me|my|the|our)\b"
        r"|\b(?:warned|warns|threatened|threatens)\s+(?:me\s+)?(?:that\s+)?if\s+i\b[^.!?]{0,50}?\bregret\b"
        r"|\b(?:i am|i will be)\s+next\b|\bburn\s+(?:the|our|my)\s+(?:house|flat|home|place)\s+down\s+with\s+me\b"
        r"|\bpoison\s+my\s+(?:food|drink|tea|coffee|dinner)\b|\baccuse\s+me\s+of\s+(?:assault|abuse|rape|hitting|attacking)\b"
        r"|\b(?:could|would|will)\s+make\s+that\s+happen\b"
        r"|\b(?:put|putting|puts|laid|lays|laying)\s+(?:his|her|their)?\s*hands\s+on\s+me\b"
        r"|\b(?:posted|shared|leaked|sent|uploaded)\s+(?:my\s+)?(?:nudes|naked (?:photos|pictures|pics)|intimate (?:photos|images|videos|pics))\b"
        r"|\bout\s+me\s+(?:\w+\s+){0,3}?(?:unless|if)\b"
        r"|\b(?:snapped|smashed|broke)\s+my\s+(?:phone|mobile)\b[^.!?]{0,30}?\bso\s+i\s+(?:could not|can not|cannot)\b"
        r"|(?<!\bcat )\b(?:clawed|scratched)\s+(?:up\s+)?my\s+(?:face|neck)\b|\bclawed\s+my\s+face\s+up\b"
        r"|\bslammed\s+my\s+(?:hand|fingers|head|arm)\s+in\s+(?:the|a)\s+(?:door|drawer|car door)\b"
        r"|\bknocked\s+me\s+(?:down|over|out|to the (?:floor|ground))\b(?!\s+(?:of|in)\b)|\bsat\s+on\s+my\s+(?:chest|back)\b"
        r"|\b(?:got|was|been|get|gets)\s+(?:thrown|slammed|shoved|pushed|pinned)\s+(?:against|into|onto|down)\b"
        r"|\bgets\s+(?:his|her|their)\s+belt\s+out\b"
        r"|\b(?:hit|hits|smacked|slapped|hurt|kicked|punched|shoved)\s+(?:our|my)\s+(?:son|daughter|kid|kids|child|children|boy|girl)\b"
        r"[^.!?]{0,40}?\b(?:protect me|defend me|stop (?:him|her|them)|got in the way)\b"
        r"|\b(?:rang|rings|phoned|phones|called|calls)\s+me\s+(?:\w+\s+)?(?:\d{2,}|fifty|forty|thirty|twenty|a hundred)\s+times\b"
        r"|\b(?:wrecked|wrecks|trashed|trashes)\s+(?:all\s+)?my\s+(?:stuff|things|clothes|room|belongings)\b"
        r"|\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend)\s+forbids?\s+me\b"
        r"|\b(?:takes|took|grabs)\s+my\s+phone\b[^.!?]{0,40}?\breads?\b"
        r"|\bforces?\s+me\s+to\s+(?:watch|do|copy|perform|act out)\b[^.!?]{0,20}?\b(?:porn|sex|sexual|things in bed)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "more-wishes-and-signs",
        r"\b(?:pray|praying|hope|hoping|wish)\s+(?:that\s+)?(?:god|the lord|death)\s+(?:just\s+)?(?:takes?|would take)\s+me\b"
        r"|\bpunish\s+my\s+body\b|\bsh\W?ing\b|\bif\s+i\s+die\s+(?:tonight|today|tomorrow|this week)\b"
        r"|\b(?:injure|hurt|harm|cut|burn)\s+myself\s+(?:on purpose|deliberately)\b"
        r"|\b(?:only|one)\s+reason\s+i\s+am\s+still\s+(?:here|alive|around)\b"
        r"|\bmade\s+a\s+plan\b[^.!?]{0,30}?\b(?:picked|chose|set)\s+a\s+date\b"
        r"|\battempted\s+(?:twice|once|before|\w+ times)\b|\bconsidering\s+it\s+again\b"
        r"|\b(?:wish|wishing|want)\w*\s+(?:i\s+(?:would|could)\s+|i\s+)?(?:just\s+)?(?:fade out|fade away)\b"
        r"|\blife insurance\b[^.!?]{0,40}?\b(?:than (?:out of )?me|more than me|instead of me)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "not-wake-up",
        r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying|want|wanting)\s+(?:that\s+)?(?:i|to)\s+(?:could\s+|would\s+)?(?:just\s+)?"
        r"(?:do not|not|never|would not|will not)\s+wake\s+up\b(?!\s+(?:before|until|till|early|at|for)\b)",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "no-reason-to-go-on",
        r"\b(?:do not|can not|cannot|no longer)\s+see\s+(?:a|any|the)\s+(?:reason|point)\s+(?:to|in|of)\s+"
        r"(?:keep going|keeping going|keep on|go on|going on|carry on|carrying on|stay|staying|be here|being here|live|living|wake up|waking up)\b"
        r"|\bwhy\s+i\s+am\s+still\s+(?:here|alive|around)\b"
        r"|\b(?:passed|died|lost)\b[^.!?]{0,80}?\b(?:go|want to go|be)\s+(?:and\s+)?be\s+with\s+(?:him|her|them)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "burden",
        r"\b(?:i am|i feel like|feel like|i am just|i am such|i am only)\s+(?:a\s+)?(?:\w+\s+)?burden\s+(?:to|on|for)\s+"
        r"(?:everyone|everybody|all of them|my family|them all|the people|people)\b"
        r"|\bi\s+(?:just\s+)?take\s+up\s+space\b",
    ),
    _cue(
        "self-harm",
        "easier-without-me",
        r"\b(?:easier|better)\s+for\s+(?:everyone|everybody|them|all of them|my family|my kids)\s+if\s+i\s+(?:just\s+)?"
        r"(?:never|was not|were not|was gone|were gone|did not|was not here|disappeared|died|stopped)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "farewells",
        r"\b(?:do not think|not sure|doubt)\s+i\s+will\s+(?:be around|be here|still be here|still be around|make it)\s+(?:for|until|to|by|much longer)\b"
        r"|\bsaid\s+goodbye\s+(?:to\s+(?:\w+\s+){1,2})?(?:like|as if|as though)\s+it\s+(?:was|were|is)\s+the\s+last\s+time\b"
        r"|\b(?:tonight|today)\s+(?:might|may|could|will|is going to)\s+be\s+it\b"
        r"|\b(?:only|one)\s+thing\s+(?:stopping|keeping)\s+me\b(?!\s+from\s+(?!doing it|ending|killing|hurting|harming|going through))",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "preparations",
        r"\b(?:written|wrote|left)\s+(?:a|my)\s+(?:goodbye\s+)?note\b\W+(?:it is|its)\s+(?:in|under|on)\s+my\b"
        r"|\b(?:goodbye|farewell)\s+(?:note|letter|letters)\b"
        r"|\b(?:getting|got|put|putting)\s+(?:\w+\s+){0,2}?(?:things|affairs|everything)\s+(?:ready|in order|sorted)\b[^.!?]{0,60}?"
        r"\b(?:when|before)\s+i\s+(?:decide to\s+)?(?:go|die|am gone|leave for good)\b"
        r"|\bmy\s+will\b[^.!?]{0,100}?\b(?:all done|everything is sorted|all sorted|ready now)\b",
        reported=True,
    ),
    _cue(
        "self-harm",
        "self-injury-signs",
        r"\b(?:marks|cuts|scars|burns)\s+on\s+my\s+(?:thighs|arms|wrists|legs|stomach|hips)\b"
        r"(?![^.!?]{0,30}\bfrom\s+(?:the|my|an|a)\s+(?:surgery|operation|accident|fall|cat|dog|garden|kitchen|oven|bike))"
        r"|\b(?:hit|hitting|punch|punching|slap|slapping|scratch|scratching)\s+myself\s+(?:really\s+|so\s+)?(?:hard|again|until|in the face|over and over)\b"
        r"|\b(?:pain|hurt|it|this|everything)\s+to\s+stop\W+(?:\w+\W+)?(?:permanently|for good|forever)\b",
        history=True,
    ),
    _cue(
        "partner-violence",
        "ex-keeps-coming-round",
        # "he still drives past my house every night", "messages me from different numbers"
        rf"\b{_PARTNER}\b(?:\s+\w+){{0,3}}?\s+(?:still|keeps?|kept)\s+(?:\w+\s+){{0,2}}?(?:driving|drives|drove|walking|walks|"
        r"parking|parks|sitting|sits|waiting|waits|hanging around|turning up|turns up)\s+(?:past|outside|near|by|at)\s+"
        r"(?:my|our|the)\s+(?:house|flat|place|home|work|door|street|road|kids' school|school)\b"
        r"|\b(?:messages|messaging|messaged|texts|texting|texted|calls|calling|called|rings|ringing|contacts)\s+me\s+from\s+"
        r"(?:different|new|fake|other|private|withheld|blocked|unknown|burner)\s+(?:numbers|accounts|profiles|phones)\b"
        r"|\bknows?\s+(?:what i am (?:doing|wearing)|who i am (?:with|seeing|talking to))\b",
    ),
    _cue(
        "partner-violence",
        "dread-at-home",
        r"\bwait\w*\s+to\s+see\s+(?:what|which)\s+(?:mood|version of (?:him|her|them))\s+(?:he|she|they)\b"
        r"|\b(?:kids|children|the boys|the girls)\s+(?:go|run|hide|disappear|head)\s+(?:straight\s+)?(?:to|in|into|up to)\s+"
        r"their\s+rooms?\s+(?:as soon as|when|the moment)\s+(?:they\s+)?(?:hear|see)\s+(?:his|her|their)\s+(?:car|key|keys|footsteps)\b"
        r"|\bsafer\s+than\s+(?:being\s+)?(?:\w+\s+){0,4}?with\s+(?:him|her|them)\b"
        r"|\bsleep\w*\s+in\s+(?:the|my)\s+car\b[^.!?]{0,60}?\b(?:safer|because of (?:him|her|them)|when (?:he|she|they) (?:is|gets|has))"
        r"|\b(?:heard|hear|hearing)\s+(?:a\s+)?(?:crash|bang|thud|smash|slap|scream\w*)\b[^.!?]{0,60}?\b(?:crying|screaming|sobbing|"
        r"went (?:really |very |dead )?quiet)\b",
    ),
    _cue(
        "partner-violence",
        "threats-in-other-words",
        r"\b(?:would|will|is going to|was going to|going to|gonna)\s+[\"']?(?:sort out|deal with|get rid of|take care of|"
        r"do something to|hurt|drown|kill)[\"']?\s+(?:my|the|our)\s+(?:cat|dog|puppy|kitten|pet|pets|rabbit)\b"
        r"|\bnext time\b[^.!?]{0,40}?\b(?:in an ambulance|in a body bag|in a box|in a coffin|in hospital|in a wheelchair)\b"
        r"|\b(?:leav\w*|left|end\w* up|go\w*|be)\s+in\s+an\s+ambulance\b"
        r"|\b(?:lucky|should be grateful|be grateful)\s+(?:that\s+)?(?:he|she|they)\s+(?:even\s+)?(?:lets|let)\s+me\s+(?:live|stay|eat|sleep)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "minimised-violence",
        # "it's not like she hits me often": the qualifier admits that it happens
        r"\bnot\s+(?:like|as if)\s+(?:he|she|they)\s+(?:\w+\s+)?(?:hits|hit|beats|chokes|slaps|punches|kicks|hurts|shoves|pushes)\s+"
        r"(?:me|her|him)\s+(?:that\s+|very\s+)?(?:often|much|a lot|all the time|every day|every week|regularly|hard|badly)\b"
        r"|\bgot\s+(?:choked|strangled|throttled|beaten up|beat up|slapped around|knocked around|smacked around)\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "partner-violence",
        "hidden-contact",
        r"\b(?:sneak\w*|snuck|hid\w*|hide|wait\w* until (?:he|she|they) (?:is|was|are|were) (?:asleep|out|gone|at work))\b"
        r"[^.!?]{0,60}?\bto\s+(?:write|type|send|post)\s+this\b"
        r"|\b(?:monitors|monitored|monitoring|checks|checked|reads|goes through|tracks)\s+(?:our|the|my)\s+(?:laptop|computer|search history|"
        r"browser|emails)\b[^.!?]{0,40}?\b(?:please|do not|so i)\b",
    ),
    _cue(
        "partner-violence",
        "body-and-sleep",
        r"\b(?:does|did|doing|do)\s+(?:things|stuff|that)\s+to\s+(?:me|her)\s+(?:while|when)\s+(?:i|she)\s+(?:am|was|is)\s+"
        r"(?:asleep|sleeping|passed out|drunk|out of it|unconscious)\b"
        rf"|\b{_PARTNER}\b(?:\s+\w+){{0,2}}?\s+(?:sits|sat|sitting|kneels|knelt|kneeling)\s+on\s+(?:my|her)\s+(?:chest|back|stomach|neck)\b"
        r"(?!\s+like\b)",
        reported=True,
    ),
    _cue(
        "self-harm",
        "putting-affairs-in-order",
        r"\b(?:wrote|written|writing|write|made|making)\s+(?:down\s+|a list of\s+)?who\s+(?:gets|should get|will get|is getting)\s+(?:what|my (?:stuff|things))\b"
        r"|\b(?:draft\w*|writ\w*|wrote|record\w*|typ\w*)\s+(?:\w+\s+)?goodbye\s+(?:messages?|texts?|emails?|videos?)\s+"
        r"(?:to|for)\s+(?:him|her|them|everyone|everybody|the kids|my (?!team|colleagues|coworkers|class|students|clients)\w+)\b"
        r"|\bgiv\w*\s+(?:a lot of|lots of|most of|loads of|some of)\s+my\s+(?:things|belongings|possessions|stuff)\s+away\b"
        r"|\b(?:gave|given|giving)\s+(?:away\s+)?(?:my|our)\s+(?:cat|dog|pet|puppy|kitten)\s+(?:away\s+)?to\b[^\n]{0,80}?\b(?:it is not|its not|it was not|"
        r"i am not going anywhere|"
        r"that is not why|not the real reason|it is not that)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "dangerous-thoughts",
        r"\b(?:think\w*|thought|thoughts|tempt\w*|urges?|want\w*|wish\w*|imagin\w*)\b[^.!?]{0,30}?"
        r"\b(?:steer\w*|swerv\w*|driv\w*|drove|crash\w*)\s+(?:\w+\s+)?(?:into|off)\s+(?:the|a|an)\s+(?:barrier|wall|tree|bridge|river|"
        r"lorry|truck|oncoming|cliff|median|pole|lamppost|embankment)\b"
        r"|\b(?:thoughts?|thinking|think|urges?)\s+(?:about|of)\s+(?:going|jumping|falling|stepping|throwing myself)\s+"
        r"(?:over|off|from)\s+(?:the|a|my)\s+(?:balcony|bridge|edge|roof|ledge|cliff|platform)\b"
        r"|\b(?:stood|standing|sat|sitting)\s+(?:on|at)\s+(?:the|a)\s+(?:edge of the\s+)?(?:bridge|ledge|edge|roof|cliff|balcony)\s+"
        r"(?:for\s+(?:a\s+)?(?:long time|long while|while|ages|hours|an hour|some time|minutes)|and (?:thought|looked down)|thinking|looking down)\b"
        r"|\b(?:thought|thinking|think)\s+about\s+(?:just\s+)?leaving\s+the\s+engine\s+running\b"
        r"|\b(?:holding|held|hold|picked up|got out|took out|staring at)\s+(?:the|a|my)\s+(?:razor|razor blade|blade|blades)\s+again\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "self-harm",
        "means-and-methods",
        r"\b(?:google|googled|googling|search\w*|look\w* up|looked up|read\w* about|research\w*)\s+(?:\w+\s+)?"
        r"(?:painless|quick|quickest|easiest|peaceful)\s+ways\b(?!\s+to\s+(?:tell|break|say|wax|remove|pull|learn|save|cook))"
        r"|\bswallow\w*\s+(?:a\s+)?(?:whole|entire|full)\s+(?:packet|pack|box|bottle|strip|sheet)\s+of\b"
        r"|\btook\s+(?:a\s+)?(?:whole|entire|full)\s+(?:packet|pack|box|bottle)\s+of\s+(?:pills|paracetamol|tablets|painkillers|my)\b"
        r"|\btak\w*\s+(?:\w+\s+)?more\s+(?:of\s+)?(?:my\s+)?(?:pills|tablets|meds|medication|sleeping pills|painkillers)\s+than\s+(?:i am\s+|i should\s+)?"
        r"(?:meant|supposed|prescribed|should)\b"
        r"|\bbought (?:a |some )?rope (?:today|yesterday|last night|last week|this morning|this week)\b(?!\s+(?:for|to)\b)"
        r"|\b(?:thinking|think|thought)\b[^.!?]{0,30}?\bmy life insurance\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "quiet-despair",
        r"\bmany\s+more\s+(?:todays|days|tomorrows|nights)\s+(?:left\s+)?in\s+me\b"
        r"|\b(?:just\s+)?want\s+everything\s+to\s+stop(?=\s*(?:[.!?]|$)|\W+all of it)"
        r"|\b(?:do not|can not|cannot)\s+(?:really\s+)?see\s+the\s+point\s+(?:of|in)\s+(?:next year|tomorrow|next week|waking up|"
        r"getting up|any of it|anything anymore)\b"
        r"|\b(?:can not|cannot)\s+do\s+(?:this|it)\s+any\s*more\W+(?:any of it|none of it|not just (?:us|this|the relationship|him|her))\b"
        r"|\bno point\b[^.!?]{0,60}?\b(?:already decided|made (?:up )?my mind|made my decision)\b"
        r"|\b(?:they|everyone|everybody|the world|my family|the kids|my kids|he|she|people)\s+(?:would|will|could)\s+"
        r"(?:\w+\s+){0,2}?(?:manage|cope|get by|get on|spin along|carry on|go on)\s+(?:just\s+)?(?:fine|better|happier|okay|ok)\s+"
        r"without\s+me\b(?!\s+(?:at|for|on|in the|there|tonight|this|next|to|when|while)\b)"
        r"|\b(?:passed|died|lost (?:him|her|my \w+))\b[^\n]{0,200}?\b(?:go|going)\s+(?:and\s+)?be\s+with\s+(?:him|her|them|my (?:wife|husband|partner))\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "partner-at-risk",
        r"\b(?:partner|he|she|they|husband|wife|boyfriend|girlfriend|bf|gf)\s+(?:\w+\s+)?(?:cuts|burns|harms)\s+"
        r"(?:himself|herself|themselves|themself)\b(?!\s+(?:shaving|cooking|chopping|on|by accident|while|when|with the))"
        r"|\b(?:says|saying|said|keeps saying|feels like)\s+(?:he|she|they)\s+(?:is|was|are|were)\s+(?:just\s+)?(?:a\s+)?burden\b"
        r"|\basked\s+(?:me\s+)?where\s+(?:i|we)\s+keep\s+(?:the|my|his|her)\s+(?:tablets|pills|meds|medication|painkillers)\b"
        r"|\bhear\s+(?:my|your|his|her)\s+voice\s+one\s+(?:last|final|more)\s+time\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "harm-in-passing",
        r"\bwhere\s+(?:it|they|the bruises|the marks|bruises|marks)\s+(?:will not|would not|do not|does not|can not|cannot)\s+(?:show|be seen)\b"
        r"|\b(?:two|three|four|several|a few|multiple|\d+)\s+black\s+eyes\b"
        r"|\bso\s+(?:that\s+)?(?:he|she|they)\s+(?:does not|do not|will not|would not)\s+(?:have to\s+)?(?:hurt|hit|beat|punish|slap|kick|choke)\s+me\b"
        r"|\bbeat\s+up\s+(?:\w+\s+){1,3}?and\s+(?:then\s+)?me\b"
        r"|\b(?:wife|husband|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse)\b[^.!?]{0,20}?\b(?:started|begun|began|been)\s+"
        r"(?:hitting|slapping|punching|kicking|choking|pushing|shoving|beating)\s+me\b"
        r"|\b(?:ended|ends)\s+(?:up\s+)?with\s+me\s+on\s+the\s+floor\b|\b(?:him|her|them)\s+standing\s+over\s+me\b"
        r"|\bi\s+(?:ended up|end up|was left)\s+on\s+the\s+floor\b"
        r"|\b(?:could not|can not|cannot|could barely|can barely)\s+(?:lift|move|use)\s+my\s+(?:arm|arms|leg|hand|wrist|shoulder|neck)\s+"
        r"for\s+(?:a|two|three|\d+|several)\s+(?:days?|weeks?)\b[^.!?]{0,10}$"
        r"|\blast time\b[^.!?]{0,40}?\b(?:could not|can not|could barely)\s+(?:lift|move|use|walk|see|breathe)\b"
        r"|\b(?:throws|threw|thrown|throwing|chucks|chucked|hurls|hurled)\b[^.!?]{0,60}?\b(?:been|was|went|gone|aimed)\s+at\s+my\s+(?:head|face)\b"
        r"|\b(?:one|one of us|one partner)\s+(?:is|feels|gets)\s+(?:\w+\s+)?(?:terrified|scared|afraid|frightened)\s+of\s+the\s+other\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "partner-violence",
        "control-in-passing",
        r"\b(?:says|said|tells me|told me)\s+i\s+(?:can not|cannot|am not allowed to|may not|must not)\s+(?:leave|go out of|go outside)\s+"
        r"(?:the|our|my)\s+(?:flat|house|home|apartment|room)\b"
        r"|\b(?:wakes|woke|waking)\s+me\s+(?:up\s+)?(?:by|with)\s+(?:pouring|throwing|tipping|splashing|kicking|hitting|shaking|slapping|"
        r"shouting|screaming)\b"
        r"|\b(?:put|puts|locked|locks|shut|shuts|threw|throws)\s+(?:my|the|our)\s+(?:cat|dog|puppy|kitten|pet)\s+(?:outside|out)\b"
        r"[^.!?]{0,40}?\bbecause\s+i\b"
        r"|\bmy\s+ex\b[^.!?]{0,40}?\b(?:sent|texted|messaged|posted|left)\s+(?:me\s+)?(?:a\s+)?(?:photo|picture|pic|video)\s+of\s+my\s+"
        r"(?:front door|house|flat|car|window|bedroom window|workplace|new place)\b"
        r"|\bhad to (?:tell|say|lie)\b[^.!?]{0,40}?\b(?:walked into a door|fell down|tripped|slipped)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "last-things",
        r"\bmade\s+(?:my\s+)?peace\s+with\s+it\b[^.!?]{0,60}?\b(?:after|when i am gone|without me)\b"
        r"|\b(?:want|need)\s+(?:him|her|them|everyone|the kids)\s+to\s+be\s+(?:ok|okay|fine|alright|taken care of)\s+after\s*(?:[.,!?]|$)"
        r"|\blast\s+thing\s+(?:she|he|they)\s+(?:remembers|remember|hears|will remember)\s+(?:me|from me)\b"
        r"|\b(?:picked|chosen|set|decided on)\s+the\s+date\b[^\n]{0,60}?\b(?:next few weeks|few weeks)\s+with\s+(?:him|her|them|the kids)\b"
        r"|\b(?:handing|handed|hands)\s+out\s+(?:all\s+)?(?:of\s+)?(?:his|her|their|my)\s+(?:things|stuff|records|guitar|books|clothes|"
        r"games|collection|possessions|belongings|tools)\b"
        r"|\b(?:pills|tablets|meds)\s+(?:all\s+)?(?:lined up|counted out|laid out)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "edges-and-means",
        r"\bthink\w*\s+(?:just\s+)?one\s+step\b(?!\s+at\s+a\s+time)"
        r"|\b(?:looking|looked|look|stare|staring|stared|peering)\s+(?:over|down)\s+(?:the\s+)?(?:railing|edge|side|parapet|ledge)\s+"
        r"(?:of\s+(?:the|a|our|my)\s+)?(?:bridge|balcony|roof|cliff|car park|building)\b"
        r"|\blook\w*\s+at\s+how\s+(?:high|far down|tall)\s+(?:the|our|my)\s+(?:balcony|bridge|roof|window|building|ledge|drop)\s+is\b"
        r"|\b(?:going|went|go|been going)\s+up\s+(?:to|on)\s+(?:the|our)\s+roof\s+(?:at night|alone|every night)\b"
        r"|\bsit\w*\s+on\s+the\s+edge\b(?!\s+of\s+(?:the|my|our|his|her|a)\s+(?:bed|seat|sofa|couch|chair|bath|pool|stage|desk|table|dock))"
        r"|\bwalk\w*\s+into\s+the\s+(?:sea|ocean|lake|river|water)\s+and\s+(?:just\s+)?(?:kept|keep|keeping)\s+going\b"
        r"|\b(?:carbon monoxide|fumes|helium|hanging|drowning|overdos\w*|paracetamol|jumping)\b[^.!?]{0,30}?\bpainless\b"
        r"|\bhow\s+(?:much|many)\s+(?:\w+\s+){0,2}?(?:paracetamol|pills|tablets|sleeping pills|insulin|painkillers|meds)\s+"
        r"(?:is|are|would be)\s+(?:too much|too many|enough|fatal|lethal|deadly)\b"
        r"|\b(?:hose|hosepipe)\s+and\s+(?:duct\s+)?tape\b"
        r"|\b(?:thinking of|thinking about|thought about|going to|want to|planning to)\s+(?:just\s+)?drink\w*\s+"
        r"(?:sniper|bleach|weed killer|pesticide|poison|rat poison|antifreeze)\b"
        r"|\btry\w*\s+again\b[^.!?]{0,20}?\bproperly\s+this\s+time\b"
        r"|\b(?:holding|held|hold)\s+(?:the|a|my)\s+(?:razor|razor blade|blade|blades)\s+for\s+(?:ages|hours|a long time|a while)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "partner-signs",
        r"\b(?:fresh|new|deep)\s+cuts\s+on\s+(?:her|his|their|my)\s+(?:arms?|wrists?|legs?|thighs?|stomach)\b"
        r"(?![^.!?]{0,30}\bfrom\s+(?:the|a|my|our)\s+(?:brambles|cat|dog|kitten|garden|kitchen|roses|fall|bike))"
        r"|\b(?:jok\w*|talk\w*|going on|banging on)\s+about\s+(?:hanging|drowning|shooting|killing|offing|ending|overdosing|gassing|topping)\s+"
        r"(?:himself|herself|themselves|themself)\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "partner-violence",
        "harm-told-in-passing",
        r"\bonly\s+(?:threw|hit|pushed|shoved|slapped|grabbed|kicked|choked|bit|punched|took|locked)\b[^.!?]{0,30}?\bthis time\b"
        r"|\b(?:threw|throws|thrown|hurled|chucked)\b[^.!?]{0,40}?\b(?:missed|hit|grazed|caught|clipped)\s+(?:my|her)\s+(?:head|face)\b"
        r"|\block\w*\s+me\s+(?:out|in)\b[^.!?]{0,40}?\bagain\b"
        r"|\b(?:marks|bruises|bruise|black eye|cuts?)\b[^\n]{0,80}?\b(?:that is what i (?:will|would|am going to|have to|always) (?:say|tell)|"
        r"what i (?:will|am going to) tell (?:them|people|work|everyone))\b"
        r"|\b(?:black eye|bruises?|split lip|broken (?:wrist|arm|nose|rib|ribs))\s+(?:was|were|is)\s+(?:a\s+)?(?:one[- ]off|one time thing|just once|only once)\b"
        r"|\b(?:marks?|bruises?|fingerprints?|finger marks)\s+on\s+my\s+(?:neck|throat)\b(?![^.!?]{0,30}\b(?:from (?:the|my|a)|love bite|hickey|necklace|collar|scarf))"
        r"|\b(?:held|holds|holding|pushed|pushes|pushing|shoved|shoves)\s+my\s+head\s+under\b"
        r"|\bnot\s+being\s+(?:strangled|choked|hit|beaten|punched|slapped|kicked|raped)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "control-told-in-passing",
        rf"\b{_PARTNER}\b(?:\s+\w+){{0,2}}?\s+(?:took|takes|taken|taking)\s+my\s+(?:phone|keys|car keys|passport|bank card|wallet)\s+"
        r"(?:off|from|away from)\s+me\b"
        rf"|\b{_PARTNER}\b(?:\s+\w+){{0,2}}?\s+(?:picks|chooses|decides|dictates)\s+what\s+i\s+(?:wear|eat|can eat|can wear)\s+(?:every|each)\s+(?:morning|day)\b"
        r"|\b(?:rips|ripped|tears|tore|cuts|cut)\s+up\s+(?:anything|everything|whatever)\s+(?:he|she|they)\s+(?:does not|do not|did not)\s+like\b"
        r"|\b(?:standing|stands|stood|blocking|blocks|blocked)\s+(?:in\s+)?(?:the\s+)?(?:doorway|door|exit|hallway|stairs)\s+so\s+(?:that\s+)?i\s+"
        r"(?:can not|cannot|could not)\s+(?:get past|get out|leave|go)\b"
        r"|\b(?:had|has|holding|held|with)\s+(?:the|a|his|her)\s+(?:\w+\s+){0,3}?(?:knife|hammer|machete|axe|gun|bat|crowbar)\s+(?:\w+\s+){0,4}?in\s+(?:his|her|their)\s+hand\b"
        r"|\b(?:sleeps|keeps|kept|keeping)\s+(?:with\s+)?(?:the|a|his|her)\s+(?:knife|machete|gun|axe|hammer|bat|rifle|pistol)\s+(?:\w+\s+)?"
        r"(?:beside|next to|under|by)\s+(?:the|our|his|her)\s+(?:bed|pillow)\b"
        r"|\b(?:messages|messaging|texts|texting|calls|calling|rings|ringing)\s+from\s+(?:different|new|fake|other|private|withheld|blocked|unknown|burner)\s+"
        r"(?:numbers|accounts|profiles|phones)\b"
        r"|\bstuck\b[^.!?]{0,40}?\bno way (?:into|to get|out|of getting)\b"
        r"|\bpadlock\w*\s+(?:the\s+)?(?:fridge|food|cupboards?|kitchen|pantry)\b"
        r"|\beat\s+(?:only\s+)?what\s+(?:he|she|they)\s+(?:puts out|gives me|allows|lets me)\b"
        r"|\bget\s+the\s+(?:kids|children|baby)\s+(?:upstairs|out|to their rooms?|out of the way|somewhere safe)\s+(?:fast|quick|quickly)\b"
        r"|\b(?:holds|held|holding|dangles|dangled|dangling)\s+(?:the|our|my)\s+(?:baby|son|daughter|kid|child|toddler|dog|cat)\s+(?:out\s+)?"
        r"over\s+(?:the\s+)?(?:balcony|railing|edge|bridge|stairs|banister)\b"
        r"|\b(?:taken|takes|took|take)\s+(?:the|a|his|her)\s+(?:belt|strap|stick|cane|slipper|wooden spoon)\s+to\s+(?:our|my|the|his|her)\s+"
        r"(?:son|daughter|kids?|children|boy|girl|me)\b"
        rf"|\b{_PARTNER}\b[^.!?]{{0,20}}?\b(?:rung|rang|called|texted|messaged)\s+(?:me\s+)?(?:\d{{2,}}|forty|fifty|a hundred|hundreds of)\s+times\b"
        r"|\b(?:will|would)\s+be\s+(?:waiting\s+)?outside\s+my\s+(?:work|house|flat|door|school|office)\b"
        r"|\b(?:where|when|because)\s+(?:he|she|they)\s+(?:can not|could not|cannot)\s+(?:watch|see|hear|track|follow)\s+me\b"
        r"|\bmakes?\s+me\s+(?:beg|grovel|kneel)\b"
        r"|\b(?:had|got)\s+a\s+key\s+(?:cut|made|copied)\s+without\s+(?:me|my)\b"
        r"|\bsitting\s+in\s+the\s+dark\s+in\s+my\s+(?:flat|house|room|kitchen|home)\b"
        r"|\bmakes?\s+me\s+sign\s+(?:blank|over|away|papers|documents|cheques|checks)\b"
        r"|\bmy\s+(?:pension|wages|salary|pay|benefits|paycheck|paycheque)\s+goes?\s+(?:straight\s+|directly\s+)?(?:to|into)\s+(?:him|her|them|his|her)\b"
        r"|\b(?:doles|doled|rations|rationed|withholds|withheld|hides|hid)\s+(?:out\s+)?my\s+(?:tablets|pills|meds|medication|insulin|inhaler)\b",
        negatable=False,
        consent=True,
    ),
    _cue(
        "self-harm",
        "means-kept-ready",
        r"\benough\s+(?:tablets|pills|meds|paracetamol|sleeping pills|sleeping tablets)\s+(?:saved|put aside|stored|stashed|now)\b"
        r"|\b(?:putting|put|setting|set)\s+(?:my\s+)?(?:\w+\s+)?(?:tablets|pills|meds)\s+aside\b"
        r"|\b(?:first|second|third|last)\s+time\s+i\s+tried\s+was\s+(?:in\s+)?(?:19|20)\d\d\b"
        r"|\bgarage\b[^.!?]{0,30}?\bengine\s+running\b"
        r"|\bcount\w*\s+(?:the|my|all the)\s+(?:pills|tablets|meds|paracetamol)\b"
        r"|\bwith\s+(?:the|a|my)\s+(?:blade|razor|knife|pills|rope)\s+for\s+(?:an hour|hours|ages|a long time|a while)\b"
        r"|\bdecid\w*\s+not\s+tonight\b"
        r"|\bbought\s+the\s+(?:hose|rope|charcoal)\b"
        r"|\b(?:asking|asked|asks)\s+where\s+(?:his|her|my|the)\s+(?:\w+\s+){0,2}?(?:gun|pistol|rifle|shotgun)\b"
        r"|\b(?:not|never)\s+told\s+(?:my|the)\s+(?:therapist|doctor|gp|counsellor|counselor|psychiatrist)\s+about\s+the\s+(?:stash|pills|plan|rope)\b"
        r"|\buse\s+(?:the|a|my)\s+(?:lighter|blade|razor|knife|compass|scissors)\s+on\s+my\s+\w+\b"
        r"|\bdid\s+it\s+again\b[^.!?]{0,40}?\b(?:razor|blade|lighter|knife|scissors|compass|deeper)\b"
        r"|\bpays?\s+out\b[^.!?]{0,20}?\bafter\s+the\s+(?:first\s+(?:year|two years)|(?:one|two|1|2)[- ]year mark)\b|\bsuicide clause\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "endings-told-quietly",
        r"\b(?:do not|did not|never)\s+(?:think\s+)?i\s+deserve\s+to\s+(?:eat|live|be here|exist)\b"
        r"|\bhopes?\s+it\s+(?:just\s+)?\W*\s*(?:finishes|ends)\s+(?:things|it|everything|me)\b"
        r"|\bnot a diet\b"
        r"|\bdown\s+to\s+(?:one|an?|half an?)\s+(?:apple|meal|cracker|slice|banana)\s+a\s+day\b"
        r"|\b(?:bruises|marks|scars|cuts|burns)\b[^.!?]{0,40}?\bso\s+(?:nobody|no one|noone)\s+(?:sees|can see|notices|will see)\b"
        r"|\bhiding\s+(?:the|my)\s+(?:burns|cuts|scars)\b"
        r"|\bmy\s+will\b[^\n]{0,100}?\b(?:cancel\w*|spare key|passwords|i think (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
        r"|\b(?:river|bridge|cliff|sea|lake|tracks|edge)\b[^\n]{0,80}?\b(?:will not|might not|may not)\s+(?:walk|come)\s+back\b"
        r"|\b(?:thought|think\w*)\s+about\s+(?:just\s+)?not\s+(?:turning|braking|stopping|stepping back|coming up|waking up)\b"
        r"|\b(?:will not|would not)\s+(?:have to\s+)?(?:hurt|last|be like this|go on)\s+(?:for\s+)?much\s+longer\b"
        r"|\bclean\w*\s+(?:everything|it|the blood|myself)\s+up\s+so\s+(?:he|she|they|nobody|no one)\s+(?:would not|will not|does not|did not|would never|can not)\s+"
        r"(?:know|see|notice|find out)\b"
        r"|\b(?:can not|cannot|could not|stopped being able to|unable to)\s+(?:picture|imagine|see)\s+(?:a\s+)?(?:next year|future|the future|next christmas|my birthday)\s+"
        r"with\s+me\s+in\s+it\b"
        r"|\bi\s+have\s+a\s+plan\b[^.!?]{0,30}?\b(?:not telling|nobody knows|no one knows|not going to tell)\b"
        r"|\b(?:if|when)\s+you\s+(?:are\s+)?(?:reading|read|find)\s+this\s+(?:after|afterwards|when i am gone)\b"
        r"|\b(?:punch\w*|hit\w*|slap\w*|scratch\w*|burn\w*|pinch\w*)\s+my\s+own\s+(?:thighs|arms|legs|face|head|skin|stomach|wrists)\b"
        r"|\b(?:wrote|written|writing|drafted|recorded)\s+(?:the|my|some|a few)\s+goodbye\s+(?:messages|texts|emails|videos|letters|notes)\b"
        r"|\bonce\s+i\s+am\s+(?:out of the picture|not here|not around)\b"
        r"|\b(?:dying|died|death|passed|gone)\b[^\n]{0,80}?\b(?:be|go) (?:wherever|where) (?:he|she|they) (?:is|are|went)\b"
        r"|\b(?:feed|walk|hug|kiss|see|hold)\s+(?:the|my|our)\s+(?:\w+\s+)?(?:fish|dog|cat|kids|children|baby|son|daughter)\s+one\s+(?:last|final)\s+time\b"
        r"|\b(?:arms|wrists|legs|thighs)\s+(?:are|is|were)\s+(?:covered\s+in|full\s+of)\s+(?:fresh\s+|new\s+)?(?:cuts|burns|scratches)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "watched-and-exposed",
        r"\b(?:send|sends|sent|show|shows|showed|shown|post|posts|posted|share|shares|shared|leak|leaks|leaked|upload\w*|forward\w*)\s+"
        r"(?:the|our|my|those|that|these|his|her)\s+(?:\w+\s+){0,3}?(?:videos?|recordings?|tapes?|photos|pics|pictures|nudes|images)\b"
        r"[^.!?]{0,60}?\b(?:if|unless|to my (?:mum|mom|boss|family|parents|work|dad|kids)|(?:his|her|their) mates)\b"
        r"|\b(?:or|otherwise)\s+(?:he|she|they)\s+would\s+(?:show|send|post|share)\s+(?:his|her|their)\s+(?:mates|friends)\s+(?:the|our|my)\s+"
        r"(?:video|videos|photos|pics|pictures|nudes)\b"
        r"|\bposted\s+my\s+(?:home\s+)?(?:address|phone number|number|location)\b"
        r"|\bgive\s+(?:you|me|her)\s+something\s+to\s+cry\s+about\b"
        r"|\b(?:says|saying|said|tells me)\s+(?:he|she|they)\s+(?:can|could)\s+(?:hear|see|watch)\s+me\b"
        r"|\b(?:watches|watching|watched|spies|spying|spied)\s+(?:on\s+)?me\s+(?:on|through|via)\s+(?:the|a|his|her|it)\b"
        r"|\bwhen\s+(?:he|she|they)\s+(?:gets|get|comes|come)\s+home\b[^.!?]{0,40}?\b(?:consequence|punishment|pay for it|price to pay)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "harm-seen-by-others",
        r"\b(?:stitches|staples|bruises|a black eye|a broken \w+)\b[^.!?]{0,40}?\b(?:he|she|they|i)\s+(?:would not|will not|could not|did not|refuses to|refused to|can not)\s+explain\b"
        r"|\bget\s+what\s+(?:you|she|he|i)\s+got\s+last\s+(?:night|time|week)\b"
        r"|\bunless\s+(?:he|she|they)\s+(?:is|are)\s+(?:in the room|there|listening|beside (?:her|him)|next to (?:her|him))\b"
        r"|\b(?:yelling|screaming|shouting|crying|begging)\s+\W*please\s+stop\b"
        r"|\bthen\s+(?:dead|total|complete)\s+silence\b"
        r"|\b(?:eye|face|arm|lip|cheek|neck|jaw)\s+(?:was|is|looked|looks)\s+(?:purple|black|swollen|bruised)\b"
        r"|\b(?:husband|wife|boyfriend|girlfriend|partner)\s+(?:\W\s*)?(?:did not|never)\s+mean\s+(?:it|to)\b"
        r"|\b(?:dad|father|stepdad|mum|mom|mother|stepmum|stepmom|brother|sister|son|daughter)\s+(?:\w+\s+){0,3}?"
        r"(?:hit|hits|hitting|beat|beats|beating|hurts|hurting|chok\w*|punch\w*|slap\w*|kick\w*)\s+"
        r"(?:my|her|his)\s+(?:mum|mom|mother|dad|father|wife|husband|partner|girlfriend|boyfriend)\b"
        r"|\b(?:limping|bruised|black eye|cut lip)\b[^.!?]{0,40}?\b(?:he|she) (?:did|does) all the talking\b"
        r"|\b(?:put|smash\w*|slam\w*|bang\w*|shove\w*)\s+my\s+(?:head|face)\s+(?:through|thru|into|against)\s+(?:the|a)\b"
        r"|\b(?:held|holds|holding|put|puts)\s+(?:a|the|his|her)\s+(?:lighter|flame|match|cigarette|iron|knife|blade)\s+(?:to|against|near)\s+"
        r"(?:my|her)\s+(?:hair|face|skin|arm|neck|throat|hand)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "wish-you-were-dead",
        # "if you take the kids I'll find you and you'll wish you were dead"; a curry that
        # will make you wish you were dead is a figure of speech
        r"\bwish\s+(?:you|she|he|i)\s+(?:were|was)\s+dead\b",
        negatable=False,
        hyperbole=True,
    ),
    _cue(
        "self-harm",
        "signs-in-behaviour",
        r"\b(?:marks|cuts|scars)\s+on\s+(?:her|his|their)\s+(?:wrists?|arms?|thighs?)\b"
        r"(?![^.!?]{0,30}\bfrom\s+(?:the|a|my|our|her|his)\s+(?:brambles|cat|dog|kitten|garden|kitchen|roses|fall|bike|surgery|operation))"
        r"|\b(?:suddenly|finally)\s+(?:feel|felt|feeling)\s+(?:really\s+|so\s+)?(?:calm|peaceful|light|at peace)\b[^\n]{0,120}?\b(?:given|gave|cleared out|settled|sorted)\b"
        r"|\b(?:bridges?|roofs?|car parks?|cliffs?)\b[^.!?]{0,30}?\b(?:do not|without)\s+(?:have\s+)?(?:cameras|barriers|nets|fences)\b"
        r"|\bmade\s+my\s+peace\s*(?:[.!?]|$)"
        r"|\b(?:thanking|thanked|thank)\s+(?:her|him|them|everyone|you)\s+for\s+everything\b[^.!?]{0,60}?\b(?:lucky to have|take care of|look after)\b"
        r"|\bif\s+(?:a|the)\s+(?:truck|lorry|car|bus|train)\s+(?:takes|hits|took|hit)\s+me\b[^.!?]{0,20}?\b(?:fine|so be it|whatever|good)\b"
        r"|\b(?:updated|changed|rewrote|made|wrote)\s+(?:his|her|their|my)\s+will\b[^\n]{0,80}?\b(?:suit|funeral|goodbye)\b"
        r"|\b(?:low|dark|depress\w*)\b[^\n]{0,120}?\b(?:updated|changed|rewrote)\s+(?:his|her|their|my)\s+will\b"
        r"|\blong sleeves\b[^.!?]{0,40}?\b(?:because of what is underneath|to hide|so (?:nobody|no one|he|she|they) (?:sees|can see|notices))\b"
        r"|\b(?:messaged|texted|called|wrote to)\s+(?:all\s+)?(?:his|her|their|my)\s+(?:exes|old friends|everyone)\s+to\s+(?:apologi[sz]e|say sorry|say goodbye)\b"
        r"|\b(?:look\w*|google\w*|search\w*|read\w*|check\w*)\s+up\s+the\s+(?:lethal|fatal)\s+dose\b|\b(?:lethal|fatal)\s+dose\s+of\s+(?:my|his|her)\b"
        r"|\breading\s+about\s+(?:overdoses|overdosing|suicide|how to die|ways to die|hanging)\b"
        r"|\bproper\s+goodbye\b[^.!?]{0,60}?\b(?:when|every time)\b"
        r"|\bwalked\s+into\s+the\s+(?:sea|ocean|river|lake)\b(?![^.!?]{0,20}\b(?:for a swim|to swim|paddl))"
        r"|\bfeels?\s+final\b|\bthanks?\s+to\s+everyone\s+who\s+tried\b"
        r"|\b(?:skipping|skip|skipped|stopped|stopping|not taking)\s+(?:taking\s+)?(?:my\s+|his\s+|her\s+)?(?:insulin|heart (?:tablets|pills|meds)|"
        r"blood pressure (?:tablets|pills|meds)|medication|meds|antidepressants|tablets)\b[^.!?]{0,40}?\b(?:on purpose|deliberately|not telling|nature|"
        r"its course|if it crashes|whatever happens|done)\b"
        r"|\bnature\s+(?:can|will|should)\s+take\s+its\s+course\b"
        r"|\bnone of this is (?:my|your) fault\b[^.!?]{0,40}?\b(?:switched|turned)\s+(?:his|her|their)\s+phone\s+off\b"
        r"|\btalk\w*\s+about\s+(?:his|her|their|my)\s+(?:\w+\s+)?(?:shotgun|gun|rifle|pistol)\s+(?:all week|lately|a lot|constantly|again)\b"
        r"|\blean\w*\s+(?:a\s+bit\s+|a\s+little\s+)?(?:further|farther|more)\s+over\b"
        r"|\bhoping\s+(?:one\s+(?:night|day)\s+)?it\s+is\s+enough\b"
        r"|\b(?:medications?|meds|pills|tablets|rope|bridge|gun)\b[^.!?]{0,30}?\bwould\s+do\s+it\b"
        r"|\bone\s+last\b[^.!?]{0,40}?\bbefore\s+i\s+(?:go through with|do it)\b|\bgo\s+through\s+with\s+what\s+i\s+(?:have been|was)\s+planning\b"
        r"|\b(?:how to tie|tying|tied|tie)\s+a\s+noose\b"
        r"|\b(?:stopping|stops|stopped|lingering|lingers)\s+on\s+the\s+bridge\b"
        r"|\b(?:drag\w*|run\w*|ran|press\w*)\s+(?:a|the|my)\s+(?:razor|blade|knife|scissors)\s+(?:across|along|over|into)\s+my\b"
        r"|\buntil\s+i\s+(?:can\s+)?feel\s+something\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "injury-to-self",
        r"\b(?:burn\w*|cut\w*|bit|bite|biting|scratch\w*|carv\w*|hit\w*|punch\w*|bang\w*|slam\w*)\s+(?:my\s+|his\s+|her\s+)?(?:own\s+)?"
        r"(?:arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs|head|hand|hands|stomach|face|chest)\b[^.!?]{0,50}?"
        r"\b(?:till|until|bleeds?|bleeding|raw|to punish|punishment|deserve|feel something|saw stars|shuts? (?:my brain|it) up|calm down|"
        r"with (?:the|a) (?:lighter|compass|blade|razor|knife|cigarette))\b"
        r"|\btake\w*\s+it\s+out\s+on\s+my\s+(?:wrists?|arms?|skin|body|legs?|thighs?)\b"
        r"|\b(?:puts?|putting|stub\w*)\s+(?:cigarettes?|fags?|a cigarette)\s+out\s+on\s+(?:my|his|her|their)\s+(?:arm|arms|hand|hands|skin|leg|legs|wrist)\b"
        r"|\bcarv\w*\b[^.!?]{0,40}?\binto\s+(?:my|his|her)\s+(?:skin|arm|leg|thigh|wrist)\b"
        r"|\bscratch\w*\s+(?:my|his|her|their)\s+(?:arms?|legs?|skin|face)\s+raw\b"
        r"|\bwent\s+deeper\b|\bdeeper\s+this\s+time\b"
        r"|\bstarv\w*\s+myself\b[^.!?]{0,30}?\b(?:punish\w*|deserve|days)\b"
        r"|\bhurt\s+(?:herself|himself|themselves|myself)\s+(?:worse|more|again)\b"
        r"|\b(?:punches|punched|punching)\s+(?:the\s+)?(?:glass|window|mirror)\b[^.!?]{0,40}?\b(?:cuts|cut|bleed\w*)\s+(?:his|her|my)\s+(?:hands?|knuckles|arms?)\b"
        r"|\b(?:throw\w*|throwin|being sick|make myself sick|purg\w*)\s+(?:up\s+)?after\s+(?:every|each)\s+meal\b"
        r"|\b(?:hope|hopes|hoping)\s+(?:my|his|her)\s+heart\s+(?:just\s+)?(?:gives out|packs in|stops)\b|\bif\s+my\s+heart\s+(?:packs in|gives out)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "means-at-hand",
        r"\b(?:keep|keeps|kept|carry|carries|carrying)\s+(?:a|the|my|his|her)\s+(?:razor blade|blade|razor|blades|razors)\s+(?:in|on)\b"
        r"|\brazors?\b[^.!?]{0,30}?\bnot for shaving\b|\b(?:bag|box|packet|pack|stash)\s+of\s+(?:blades|razor blades)\b"
        r"|\bcharcoal\b[^.!?]{0,30}?\b(?:tape|boot|trunk)\b"
        r"|\b(?:rope|ropes|noose|belt|cord)\b[^.!?]{0,50}?\b(?:hold (?:my |the |his |her )?weight|hold me|hold him|hold her|beams?|the rail|a hook)\b"
        r"(?![^.!?]{0,30}\b(?:hammock|swing|climbing|tree house|treehouse|tent|boat))"
        r"|\b(?:kept back|keeping back|saving|saved|hoarding)\s+(?:some\s+of\s+)?(?:my|his|her)\s+(?:insulin|pills|tablets|meds|sleeping tablets|sleeping pills)\b"
        r"|\bwhat\s+a\s+(?:big|large|huge)\s+dose\s+would\s+do\b"
        r"|\b(?:top floor|roof)\s+of\s+the\s+car\s+park\b|\bthinking\s+about\s+the\s+drop\b"
        r"|\bhoping\s+(?:i|id|i would|he|she|he would|she would)\s+(?:\w+\s+)?(?:get too tired|not come back|never come back|not make it|drown|not wake up)\b"
        r"|\balmost\s+(?:went|jumped|stepped)\s+(?:over|off)\b"
        r"|\bwalk\w*\s+into\s+the\s+(?:sea|ocean|lake|river|water)\b[^.!?]{0,40}?\bkeep\w*\s+(?:walking|going)\b"
        r"|\bwrap\w*\s+(?:the|my)\s+car\s+(?:round|around)\s+a\s+tree\b|\blook\s+like\s+an\s+accident\b"
        r"|\b(?:did|doing|drove|driving|drive)\b[^.!?]{0,30}?\bwith\s+my\s+eyes\s+(?:shut|closed)\b"
        r"|\bhopes?\s+(?:he|she|i|they)\s+(?:does not|do not|will not|would not)\s+make\s+it\s+(?:home|back)\b"
        r"|\bpractis\w*\s+(?:\w+\s+){0,3}?(?:holding (?:my|her|his) (?:own )?head under|with the (?:belt|rope|cord))\b"
        r"|\bhead\s+under\s+the\s+bath\s*water\b"
        r"|(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(?:held|hold|holding|pressed|put)\s+(?:the|a|my)\s+(?:knife|blade|razor)\s+(?:to|against)\s+my\s+"
        r"(?:throat|wrist|wrists|neck|chest)\b(?!\s+(?:and|then)\s+(?:said|told|threatened))"
        r"|\btook\s+(?:a\s+)?(?:bunch|load|lot|handful|whole lot|pile)\s+of\s+(?:paracetamol|pills|tablets|painkillers|ibuprofen|aspirin|my \w+)\b"
        r"|\bswallowed\s+a\s+load\b|\bwoke up in my own sick\b|\b(?:does not|did not) know i tried\b"
        r"|\b(?:tried|attempted)\s+to\s+(?:overdose|hang|drown|end it)\b"
        r"|\bhow\s+long\s+it\s+takes\s+to\s+(?:bleed out|die|drown|suffocate|hang)\b|\bpainless\s+ways?\s+to\s+(?:go|die|end)\b"
        r"|\b(?:clean\w*)\s+(?:his|her|my|the)\s+(?:gun|rifle|shotgun|pistol)\b[^.!?]{0,60}?\b(?:tired of|done|had enough|no point)\b"
        r"|\b(?:gun|pistol|rifle|shotgun)\b[^\n]{0,100}?\bsays\s+(?:he|she|they)\s+(?:is|are)\s+\W?done\b"
        r"|\b(?:stand|stood|standing)\s+(?:at|on|near)\s+(?:the\s+)?(?:platform edge|edge of the platform)\b"
        r"|\bpicked\s+the\s+(?:place|spot)\s+and\s+the\s+(?:day|date|time)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "final-signals",
        r"\blogging\s+off\s+for\s+good\b(?![^.!?]{0,40}\b(?:social|socials|instagram|facebook|tiktok|twitter|app|apps|work|email|dating))"
        r"|\bcheck\w*\s+out\s+early\b(?![^.!?]{0,30}\b(?:hotel|tomorrow|room|flight|airbnb|the|of|from|to)\b)"
        r"|\b(?:have not|not)\s+decided\s+which\s+(?:night|day)\b"
        r"|\bcan not do another (?:year|month|week) of this\b[^.!?]{0,40}?\bplanned\b"
        r"|\b(?:would not|will not)\s+(?:mess|screw)\s+it\s+up\s+(?:a\s+)?(?:second|next)\s+time\b|\btried it once\b"
        r"|\brehears\w*\s+it\b"
        r"|\bfor when (?:i (?:find the nerve|do it|am gone)|you find me)\b"
        r"|\bi am at the bridge\b"
        r"|\beasier\s+if\s+i\s+(?:did not|do not|never)\s+exist\w*\b"
        r"|\b(?:do not|never)\s+want\s+to\s+take\s+up\s+(?:any\s+)?space\b"
        r"|\b(?:disappear|fade|shrink|waste|wasting)\w*\s+(?:away\s+)?(?:bit by bit|quietly|to nothing|out quietly)\b|\bfade\s+out\s+quietly\b"
        r"|\bif\s+it\s+kills\s+me\b[^.!?]{0,20}?\b(?:fine|good|so be it|whatever)\b"
        r"|\bgave\s+me\s+(?:all\s+)?(?:his|her|their)\s+(?:passwords|pin|pins|bank details|logins)\b[^.!?]{0,30}?\bout of nowhere\b"
        r"|\bgoodbye\s+(?:poem|post|video|message|note|letter|status|text|texts|voice note|email|call)\b[^.!?]{0,40}?"
        r"\b(?:deleted|not answering|switched off)\b"
        r"|\bwish\w*\s+(?:i|she|he|they)\s+(?:had|would have|would)\s+never\s+(?:been born|existed)\b"
        r"|\bdate\b[^\n]{0,40}?\bafter\s+(?:his|her|their|the kids|my \w+)\s+birthday\s+so\s+i\b"
        r"|(?<!\brather )\b(?:drink\w*|drank)\s+(?:some\s+)?(?:bleach|weed killer|pesticide|rat poison|antifreeze)\b(?![^.!?]{0,15}\bthan\b)"
        r"|\bjok\w*\s+about\s+(?:doing it|ending it|dying|killing ourselves|jumping)\s+together\b"
        r"|\b(?:tonight|today)\s+feels\s+like\s+the\s+(?:night|day)\b[^\n]{0,40}?\beverything is ready\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "control-of-body-and-papers",
        rf"\b{_PARTNER}\b(?:\s+\w+){{0,2}}?\s+(?:unplugged|unplugs|switched off|turned off|took|takes|hid|hides|broke|breaks)\s+(?:my|her)\s+"
        r"(?:oxygen\w*|cpap|breathing machine|inhaler|wheelchair|walker|walking stick|crutches|hearing aids?|mobility scooter|insulin|epipen)\b"
        r"|\b(?:keeps|kept|took|takes|holds|hid|hides|locked up|locks up)\s+(?:my|her)\s+(?:\w+\s+)?(?:certificates?|passport|papers|documents|visa|"
        r"birth certificate|green card|residence permit)\b[^.!?]{0,60}?\b(?:can not|cannot|could not|without them|without it|will not give|refuses)\b"
        r"|\bdisciplin\w*\W{0,2}\s+(?:me|her)\b"
        r"|\b(?:certificates?|passport|papers|documents|visa)\b[^.!?]{0,60}?\b(?:keeps|kept|holds|hid|hides|locked)\s+them\b"
        r"[^.!?]{0,60}?\b(?:can not|cannot|could not|without them)\b"
        r"|\b(?:throws|threw|flushes|flushed|bins|binned|hides|hid)\s+(?:away\s+|out\s+)?(?:my|her)\s+(?:tablets|pills|meds|medication|medicine|"
        r"contraceptive pills|birth control|inhaler)\b|\b(?:pills|tablets)\s+and\s+(?:flushes|flushed|bins|binned|throws|threw)\s+them\b"
        r"|\b(?:refuses|refused|will not|does not)\s+(?:to\s+)?let\s+me\s+(?:use|take|get|have)\s+(?:family planning|contraception|birth control|the pill|condoms|an abortion)\b"
        r"|\b(?:take|takes|took)\s+turns\s+watching\s+me\b"
        r"|\bif\s+i\s+(?:\w+\s+){0,2}?(?:divorce|leave|report|tell)\b[^.!?]{0,80}?\b(?:sort (?:them|her|him) out|visit my (?:parents|mum|mom|dad|family)|"
        r"hurt my (?:parents|mum|mom|dad|family))\b"
        r"|\block\w*\s+(?:the\s+(?:new\s+)?bride|his wife)\s+in\b"
        r"|\b(?:will not|would not)\s+live\s+to\s+see\b|\bif\s+(?:my\s+)?(?:father|dad|family|parents)\s+(?:does not|do not|did not|will not)\s+pay\b"
        rf"|\b{_PARTNER}\b[^.!?]{{0,60}}?\bso\s+(?:that\s+)?i\s+(?:trip|fall|fall over|trip over|hurt myself)\b"
        r"|\bi\s+will\s+never\s+(?:find|see)\s+(?:either of them|them again|her again|him again|the kids again|my (?:kids|children|son|daughter|baby) again)\b"
        r"|\b(?:says|said|saying|tells me|told me|reminds me)\b[^.!?]{0,80}?\baccidents\s+happen\b"
        r"|\b(?:control|controls|controlled)\s+(?:our|the|my)\s+(?:joint\s+)?(?:account|money|finances|bank account)\b[^.!?]{0,30}?\bi\s+get\s+(?:pocket money|an allowance)\b"
        r"|\bif\s+i\s+(?:ever\s+)?(?:go|went)\s+to\s+a\s+(?:shelter|refuge)\b"
        r"|\b(?:airtag|tracker|gps)\b[^.!?]{0,20}?\b(?:stitched|sewn|hidden|taped|glued)\b"
        r"|\b(?:hacked|hacks|hacking|got into|logged into|logs into|broke into)\s+(?:my|her)\s+(?:email|emails|phone|accounts?|icloud|facebook|instagram|messages|laptop)\b"
        r"|\b(?:till|until)\s+(?:he|she|they)\s+(?:is|are|gets|get|comes|come)\s+home\b[^.!?]{0,40}?\b(?:fear|dread|terrified|scared|shaking)\b"
        r"|\blied\s+about\s+how\b[^.!?]{0,40}?\b(?:broken|bruised|bruises|black eye|injur\w*|hurt)\b",
        negatable=False,
        consent=True,
    ),
    _cue(
        "partner-violence",
        "harm-minimised-or-hidden",
        r"\bbruises\s+(?:he|she|they)\s+(?:leaves|left|gives|gave)\b|\bthe\s+bruises\s+fade\b"
        r"|\b(?:sex|sleep with (?:him|her|them))\b[^.!?]{0,30}?\bso\s+(?:he|she|they)\s+(?:does not|do not|will not)\s+"
        r"(?:get angry|get mad|explode|lose it|kick off|go off|hurt me)\b"
        r"|\b(?:deserved|deserve)\s+(?:the|that|a|my)\s+(?:black eye|bruises?|slap|punch|kick|split lip|beating)\b"
        r"|\b(?:only happened|happened only)\s+(?:a few|three|four|two|a couple of|\w+ or \w+)\s+times\b[^.!?]{0,40}?\b(?:sorry|apologi\w*)\b"
        r"|\b(?:he|she|they)\s+starts?\s+on\s+me\b"
        r"|\b(?:chair|wedge|dresser|chest of drawers)\s+(?:wedged\s+)?(?:under|against)\s+the\s+(?:door|door handle)\b"
        r"|\bcounts?\s+as\s+(?:rape|assault|hitting|abuse|violence)\b|\blie\s+there\s+and\s+wait\s+for\s+it\s+to\s+be\s+over\b"
        r"|\bmy\s+(?:face|eye|lip|cheek|jaw)\s+is\s+(?:still\s+)?(?:swollen|bruised|black|cut)\b(?![^.!?]{0,30}\bfrom\b)"
        r"|\b(?:she|he|they)\s+(?:looked|looks|seemed|seems)\s+(?:really\s+|so\s+)?(?:terrified|petrified)\b"
        r"|\b(?:did not|would not|will not|does not)\s+stop\s+(?:even\s+)?(?:though|tho|when|while)\s+i\s+(?:was\s+)?(?:crying|cried|said no|begged|asked)\b"
        r"|\bsex\b[^\n]{0,80}?\b(?:says|said|tells me)\s+(?:it is|that is|sex is)\s+my\s+(?:duty|obligation)\b|\bmy\s+(?:wifely|marital)\s+duty\b"
        r"|\b(?:hits|beats|smacks|whips)\s+the\s+(?:kids|children|boys|girls|baby)\b|\bdoes\s+the\s+same\s+to\s+me\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "plain-and-quiet-signs",
        r"\b(?:skipping|skip|skipped)\s+meals\b[^.!?]{0,60}?\b(?:fainted|falling out|in control)\b"
        r"|\bnoose\b(?![^.!?]{0,30}\b(?:film|movie|show|game|costume|halloween|knot))"
        r"|\bmarks\s+i\s+make\b|\bso\s+(?:nobody|no one|noone)\s+(?:sees|can see|notices)\s+the\s+(?:marks|cuts|scars|burns)\b"
        r"|\bin\s+(?:this|a)\s+(?:really\s+|very\s+)?final\s+way\b"
        r"|\basked\s+(?:me\s+)?where\s+(?:the\s+key\s+to\s+)?(?:the\s+)?(?:medicine cabinet|pills|tablets|rope)\b"
        r"|\b(?:motorway|highway|freeway|driving|road|wheel)\b[^.!?]{0,40}?\b(?:close|closed|shut)\s+my\s+eyes\b"
        r"|\bi\s+(?:have\s+|had\s+)?(?:started|been|began|begun)\s+cutting\b"
        r"(?!\s+(?:back|down|out|up|carbs|sugar|my|his|her|their|it|them|hair|costs|the|coupons|ties|corners|onions|wood|grass|food))"
        r"|\b(?:cliffs?|bridge|roof|balcony|platform|ledge)\b[^.!?]{0,40}?\b(?:stood|standing|sat|sitting)\s+(?:on|at)\s+the\s+edge\b"
        r"|\b(?:looking at|staring at|thinking about)\s+the\s+(?:train\s+|railway\s+)?tracks\b"
        r"|\b(?:part of me|i kind of|i sort of|i)\s+hopes?\s+i\s+(?:crash|do not wake up|never wake up|get hit|do not come back|die)\b"
        r"(?!\s+(?:before|until|till|early|laughing|of embarrassment))",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "in-the-moment",
        r"\bi\s+am\s+(?:standing\s+|sitting\s+)?(?:on|at)\s+(?:the|a)\s+(?:bridge|ledge|edge|roof|cliff)\s*(?:right now|now)?\s*(?:[.!?]|$)"
        r"|\b(?:going to|gonna|about to)\s+take\s+(?:all|every one)\s+of\s+(?:them|my pills|my tablets|the pills|the tablets)\b"
        r"(?!\s+(?:to|with|out|home|for|back|on)\b)"
        r"|\b(?:gun|shotgun|rifle|pistol|it)\s+in\s+my\s+(?:lap|mouth)\b"
        r"|\binsurance\b[^\n]{0,60}?\b(?:dog|cat|pets?)\b[^\n]{0,30}?\bnew home\b"
        r"|\b(?:skipping|skip)\s+meals\s+(?:on purpose|as punishment|to punish)\b"
        r"|\b(?:picturing|imagining|keep seeing myself)\s+(?:myself\s+)?(?:stepping|jumping|walking|falling)\s+(?:in front of|off|from)\s+(?:the|a)\b"
        r"|\blong\s+sleeves\b[^.!?]{0,40}?\bso\s+(?:he|she|they|nobody|no one)\s+(?:will not|can not|does not|do not|would not)\s+see\s+my\s+"
        r"(?:arms|wrists|legs|skin)\b"
        r"|\bmix\w*\s+(?:my\s+)?(?:meds|pills|tablets|sleeping pills|painkillers)\s+with\s+(?:vodka|alcohol|wine|booze|drink)\b"
        r"|\bhow\s+to\s+overdose\b"
        r"|\b(?:so low|really low|in a dark place)\b[^.!?]{0,40}?\bstopped\s+eating\b"
        r"|\bblade\s+(?:on|against|to)\s+(?:his|her|my)\s+(?:wrist|wrists|arm|throat|skin)\b"
        r"|\b(?:sea|ocean|lake|river|water|woods)\s+and\s+(?:not|never)\s+(?:coming|come)\s+back\b"
        r"|\b(?:shrink|fade|waste away)\s+until\s+i\s+disappear\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "injuries-and-punishments",
        r"\b(?:tied|ties|tying|taped|cuffed|chained|strapped)\s+(?:me|her)\s+(?:up\s+)?(?:to|down|with)\b"
        r"|\b(?:marks|bruises|cuts|black eye)\b[^.!?]{0,60}?\beasier\s+than\s+explaining\b"
        r"|\b(?:argument|fight|disagreement|row)\b[^.!?]{0,40}?\b(?:tooth|teeth)\s+(?:is|are)\s+(?:loose|broken|chipped|knocked out)\b"
        r"|\bif\s+i\s+(?:go out|leave|talk|speak|do not)\b[^.!?]{0,40}?\bi\s+(?:must|have to|am made to)\s+(?:sleep|stay|stand|kneel)\s+(?:on|in|outside)\b"
        r"|\bcalled\s+the\s+police\b[^\n]{0,80}?\b(?:i said|i told them)\b[^\n]{0,60}?\b(?:we were not|it was not|that was not true)\b"
        r"|\bhearing\b[^.!?]{0,30}?\bsince\s+the\s+(?:argument|fight|row)\b"
        r"|\bdoctors?\s+(?:ask|asks|asked)\b[^.!?]{0,40}?\bi\s+(?:do not|did not|will not|can not)\s+answer\b"
        r"|\bput\s+me\s+in\s+(?:the\s+)?(?:hospital|a&e|er|intensive care)\b"
        r"|\bjust\s+a\s+(?:black eye|bruise|split lip|few bruises|broken (?:finger|nose|rib))\s+this\s+time\b"
        r"|\b(?:put|puts|putting)\s+something\s+in\s+my\s+(?:drink|food|tea|coffee)\b|\bspiked\s+my\s+drink\b"
        r"|\b(?:counts|sharpens|sharpening|shows me)\s+(?:the|his|her)\s+knives\b"
        r"|\bso\s+(?:he|she|they)\s+(?:can not|cannot|does not|will not)\s+(?:smash|break|take|find|read|check)\s+it\s+again\b"
        r"|\baccept\s+the\s+beatings\b|\bcorrect\w*\s+(?:their|his)\s+wi(?:fe|ves)\s+with\s+(?:a|the|their|his)\s+(?:hand|fist|belt|stick)\b"
        r"|\b(?:cut|slash|scar|burn|ruin)\s+(?:my|her)\s+face\b"
        rf"|\b{_PARTNER}\b(?:\s+\w+){{0,3}}?\s+(?:broke|cracked|fractured|dislocated)\s+(?:\w+\s+){{0,2}}?(?:of\s+)?my\s+"
        r"(?:ribs|rib|nose|jaw|arm|wrist|fingers?|cheekbone|collarbone|shoulder|eye socket|tooth|teeth)\b"
        r"|\bcut\s+(?:them|it)\s+off\s+me\b|\bcut\s+my\s+(?:leg|arm|face|hand|skin)\s+too\b"
        r"|\bshook\s+the\s+baby\b|\bshakes?\s+me\s+(?:awake\s+)?violently\b"
        r"|\bi\s+(?:hit|punched|slapped|shoved|choked|kicked|strangled)\s+(?:her|him|them|my (?:wife|husband|partner|girlfriend|boyfriend))\b"
        r"(?!\s+(?:back|with a pillow|up|on|at|in the|by accident|with a snowball|over the head with))",
        negatable=False,
        reported=True,
    ),
    _cue(
        "self-harm",
        "quieter-words-for-it",
        r"\b(?:want|wants|wanted)\s+to\s+stop\s+(?:living|existing|being alive|breathing)\b"
        r"|\bnot\s+coming\s+back\s+up\b"
        r"|\blong\s+sleeves\s+in\s+(?:summer|the heat)\s+again\b"
        r"|\b(?:the\s+)?(?:dog|cat)\s+would\s+miss\s+me\b[^.!?]{0,20}?\bthat is all\b|\ba\s+weight\s+(?:he|she|they)\s+(?:has|have)\s+to\s+carry\b"
        r"|\b(?:little|no)\s+reason\s+to\s+keep\s+(?:taking|going|living|trying)\b"
        r"|\bgaps?\s+in\s+the\s+(?:barrier|railing|fence)\b"
        r"|\bpainless ways\b(?!\s+to\s+(?:tell|break|say|wax|remove|pull|learn|save|cook))"
        r"|\bletting\s+go\s+of\s+the\s+(?:railing|rail|edge|ledge|banister)\b"
        r"|\blife insurance\b[^.!?]{0,40}?\bworth more than\s+(?:me|him|her|he is|she is|i am)\b|\bworth more dead\b"
        r"|\b(?:belt|rope|cord|scarf|noose)\s+(?:around|round)\s+my\s+neck\b"
        r"|\b(?:set|put)\s+aside\s+(?:my|her|his|the)\s+(?:morphine|pills|tablets|insulin|meds|oxycodone|codeine)\b|\busing\s+it\s+on\s+myself\b"
        r"|\b(?:which|what)\s+(?:car park|bridge|building|cliff|tower|multi-storey)\b[^.!?]{0,30}?\b(?:highest|tallest|high enough)\b"
        r"|\b(?:take care of|look after)\s+(?:\w+\s+){1,3}\W?after\W?(?:\s*[.,!?]|$)"
        r"|\b(?:leaving|left|writing)\s+notes\s+saying\s+sorry\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "told-as-aftermath",
        r"\b(?:rammed|rams|ramming)\s+(?:my|our|her)\s+car\b|\bran\s+(?:me|us|her)\s+off\s+the\s+road\b"
        r"|\b(?:bury|burying)\s+(?:me|her)\s+(?:behind|under|in)\s+the\b|\b(?:no one|nobody)\s+(?:out here\s+)?(?:would|will)\s+(?:ever\s+)?find\s+(?:me|her|the body)\b"
        r"|\bout\s+of\s+(?:a|the)\s+moving\s+(?:car|vehicle|van|truck)\b"
        r"|\b(?:tell|told|telling)\s+(?:people|everyone|them|work|my (?:mum|mom|friends|family))\s+(?:that\s+)?i\s+am\s+(?:just\s+)?clumsy\b"
        r"|\bcalled\s+the\s+police\b[^\n]{0,60}?\b(?:told them|said)\s+it\s+was\s+(?:the tv|the telly|nothing|just the tv)\b"
        r"|\bfinger\s*(?:marks|bruises|prints)\s+on\s+my\b"
        r"|\bbecause\s+of\s+what\s+comes\s+(?:after|next)\b"
        r"|\buntil\s+my\s+(?:face|eye|lip|nose|bruises?|arm)\s+(?:healed|heals|went down|faded)\b"
        r"|\bsurvive\s+another\s+(?:night|day|weekend|fight|one)\s+like\b"
        r"|\b(?:ribs|nose|jaw|face|arm|wrist|neck|back|head)\s+(?:still\s+)?(?:hurts?|aches?|throbs?)\s+from\s+the\s+(?:argument|fight|row|other night)\b"
        r"|\bpromised\s+(?:it|that)\s+(?:was|would be)\s+the\s+last\s+time\b[^.!?]{0,30}?\b(?:same as|like)\s+(?:the other times|last time|before)\b"
        r"|\bslam\w*\s+(?:the\s+)?(?:car\s+)?door\s+on\s+my\s+(?:fingers|hand|hands|arm|leg|foot|head)\b"
        r"|\bwe\s+would\s+(?:both\s+)?die\s+together\b|\bkill\s+us\s+both\b"
        r"|\b(?:disagreement|argument|fight|row)\b[^.!?]{0,40}?\bmy\s+(?:nose|jaw|wrist|arm|finger|rib|ribs|cheekbone)\s+(?:might be|is|was|could be)\s+broken\b"
        r"|\b(?:do not|no longer|never)\s+feel\s+safe\s+(?:\w+\s+){0,5}?(?:with|around|near|as)\s+(?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend))\b"
        r"|\b(?:bites|claws|scratches|pinches)\s+(?:and\s+(?:bites|claws|scratches|pinches)\s+)?me\s+(?:in|during|when)\b"
        r"|\b(?:whipped|whips|whipping)\s+(?:me|her)\b",
        negatable=False,
        reported=True,
    ),
    _cue(
        "self-harm",
        "told-after-the-fact",
        r"\b(?:he|she|they|partner|wife|husband|boyfriend|girlfriend)\s+overdosed\b|\btry\s+again\s+if\s+i\s+leave\b"
        r"|\b(?:a\s+)?plan\s+to\s+(?:kill|shoot|hang|drown|poison|gas|end)\s+(?:himself|herself|themselves|themself|myself|my life|his life|her life)\b"
        r"|\b(?:disappointed|sad|annoyed|angry|upset)\s+(?:that\s+)?i\s+(?:woke up|am still here|am still alive|survived)\b"
        r"|\b(?:do not|can not|cannot)\s+see\s+myself\s+making\s+it\s+(?:to|until|through|past)\b"
        r"|\blook\w*\s+over\s+the\s+rail(?:ing)?\b"
        r"|\b(?:hug\w*|tell\w*|kiss\w*)\b[^.!?]{0,60}?\blike\s+it\s+(?:is|was)\s+the\s+last\s+time\b[^.!?]{0,60}?\bdone\b"
        r"|\b(?:pressing|pressed|press|holding|held)\s+(?:the|a|my)\s+(?:hair\s+)?(?:straighteners?|iron|lighter|cigarette|curling tongs)\s+"
        r"(?:against|to|on|into)\s+my\s+(?:skin|arm|arms|leg|legs|thigh|thighs|wrist)\b"
        r"|\b(?:go|went|going)\s+(?:into|to)\s+the\s+(?:bathroom|toilet|bedroom)\s+and\s+cut\b"
        r"|\bi\s+(?:still\s+)?cut\s+(?:when|after|every|again|most|to)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "harm-between-the-lines",
        r"\b(?:flog|flogs|flogged|flogging|whip|whips|whipped|beat|beats)\s+me\s+(?:with|wit)\s+(?:a\s+|the\s+|his\s+|her\s+)?"
        r"(?:belt|stick|cane|wire|cable|cord|slipper|hose)\b"
        r"|\b(?:plates|things|objects|stuff|glasses|cups|pans)\s+(?:start|starts|started|go|went)\s+flying\s+at\s+(?:me|my head)\b"
        r"|\bexplaining\s+(?:the|my|away)\s+(?:bruises|marks|black eye|injuries|cuts)\b"
        r"|\b(?:does not|did not)\s+hit\s+(?:that\s+|very\s+|too\s+)?hard\b"
        r"|\bi\s+(?:get|am|got)\s+punished\b"
        r"|\b(?:did not|would not|refused to|will not)\s+press\s+charges\b"
        r"|\b(?:he|she|they)\s+would\s+\W?do\s+something\s+(?:bad|terrible|crazy|awful)\W?\s+if\s+i\b"
        r"|\bhow\s+much\s+(?:longer|more)\s+my\s+body\s+can\s+take\b"
        r"|\b(?:dent|hole|crack)\s+in\s+the\s+(?:plaster|wall|door)\b[^.!?]{0,30}?\b(?:shape of my|my head|my fist)\b"
        r"|\b(?:mummy|mommy|mum|mom|daddy|dad|your (?:mother|mum|mom|father|dad))\s+(?:might|may|could|will)\s+have\s+an\s+accident\b"
        r"|\b(?:pushed|shoved|hit|slapped|kicked|punched)\s+me\s+(?:a few|several|a couple of|many|two|three|four)\s+times\b"
        r"|\b(?:strikes|striking|struck)\s+(?:me|her)\s+(?:with|across|on)\b"
        r"|\bconcussions?\b[^.!?]{0,60}?\b(?:told|tell)\s+(?:people|everyone|them|work)\b"
        r"|\b(?:whacked|whacks|walloped|clobbered|bashed|thumped)\s+me\s+(?:with|over|across|in)\b"
        r"|\bsplit\s+my\s+(?:eyebrow|lip|head|forehead|chin)\s+open\b"
        r"|\b(?:holding|holds|held|keeping|keeps|kept)\s+back\s+my\s+(?:\w+\s+)?(?:pills|tablets|meds|medication|insulin|inhaler)\b"
        r"|\b(?:rat poison|poison|antifreeze)\b[^.!?]{0,40}?\b(?:someone my size|to kill me|would take)\b"
        r"|\bwell,?\s+(?:he|she|they)\s+says?\s+(?:it was\s+)?(?:an\s+)?accident\b"
        r"|\bleaflet\s+about\s+(?:home safety|domestic|abuse|safety)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "between-the-lines",
        r"\bwaiting\s+for\s+the\s+right\s+(?:one|train)\b|\b(?:walked|went)\s+(?:down\s+)?to\s+the\s+(?:train\s+|railway\s+)?tracks\b"
        r"|\b(?:steer|drift|swerve|veer)\w*\b[^.!?]{0,40}?\boncoming\b|\boncoming\b[^.!?]{0,40}?\b(?:steer|drift|swerve|veer)\w*\s+(?:a bit\s+)?towards\b"
        r"|\bjust\s+to\s+feel\s+something\b"
        r"|\bnot\s+(?:staying|stay|be|being)\s+on\s+this\s+earth\b"
        r"|\b(?:will not|would not)\s+be\s+(?:here|around)\s+for\s+the\s+next\b"
        r"|\b(?:cuts|marks|scars|burns)\s+i\s+(?:hide|cover|keep hidden)\b"
        r"|\b(?:sorry|goodbye|thank you for everything|thanks for everything)\b[^\n]{0,40}?"
        r"\b(?:phone is off|(?:switched|turned) (?:her|his|their) phone off|not answering)\b"
        r"|\beverything\s+i\s+would\s+need\b"
        r"|\b(?:after|when|whenever)\s+(?:\w+\s+){0,3}?i\s+cut\b(?!\s+(?:the|my|his|her|it|up|back|down|off|out|in|him|them|some|a|an|through|across)\b)"
        r"|\bhelp\s+(?:him|her|me|them)\s+\W?go\s+peacefully\b|\bhiding\s+(?:his|her|my)\s+(?:morphine|pills|tablets|meds)\b"
        r"|\binto\s+(?:a|the)\s+(?:lorry|truck|bus|tree|wall|train)\s+on\s+purpose\b"
        r"|\bnot\s+turning\s+at\s+the\s+bend\b|\bgoing\s+over\s+the\s+cliff\b"
        r"|\bcuts\s+on\s+(?:his|her|their|my)\s+forearms?\b"
        r"|[\"']for after[\"']"
        r"|\b(?:pills|tablets)\s+are\s+(?:all\s+)?(?:counted out|lined up|laid out)\b|\brun\s+out\s+of\s+reasons\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "told-mid-story",
        r"\b(?:black eye|split lip|bruise|broken nose)\s+kind\s+of\s+(?:night|day|evening)\b"
        r"|\b(?:ok|okay|normal|fine|acceptable|allowed)\s+for\s+(?:him|her|them|my \w+)\s+to\s+(?:hit|slap|push|punch|kick|hurt|choke)\s+me\b"
        r"|\bknows?\s+which\s+(?:street|road|house|flat|town|area)\s+i\b"
        r"|\b(?:i\s+said|(?:i\s+)?(?:told them|told everyone|told people|told the \w+))\s+i\s+(?:fell|slipped|tripped|walked into)\b"
        r"|\bcame\s+at\s+me\s+with\b"
        r"|\b(?:he|she|they)\s+(?:will|would|is going to)\s+finish\s+the\s+job\b"
        r"|\bstanding\s+over\s+me\s+with\b|\bgoing\s+to\s+swing\s+it\b"
        r"|\bpulled\s+me\s+(?:out\s+of\s+bed\s+)?by\s+my\s+(?:ankles|hair|feet|legs|arm|arms)\b"
        r"|\bmy\s+head\s+(?:cracked|hit|smashed|slammed)\s+(?:on|against|into)\s+the\b"
        r"|\bmy\s+ex\b[^.!?]{0,20}?\bbroke\s+into\b"
        r"|\bwhere\s+(?:nobody|no one)\s+(?:would|will|could)\s+(?:hear|find)\s+(?:me|you|her)\b"
        r"|\byou\s+are\s+getting\s+it\b|\bspend\s+the\s+whole\s+day\s+shaking\b"
        r"|\bstabbed\s+(?:the\s+back\s+of\s+)?my\s+(?:hand|arm|leg|thigh|side|shoulder)\b|\bstabbed\s+me\b(?!\s+in\s+the\s+back)"
        r"|\b(?:ripped|pulled|tore|yanked)\s+(?:a\s+)?(?:chunk|clump|handful)\s+of\s+(?:my\s+)?hair\b|\bhair\s+out\s+of\s+my\s+(?:scalp|head)\b"
        r"|\bwhere\s+(?:he|she|they)\s+would\s+bury\s+(?:me|her)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "signs-mid-story",
        r"\bhow\s+cold\s+the\s+(?:water|river|sea|lake|reservoir)\s+(?:gets|is)\b"
        r"|\btook\s+everything\s+in\s+the\s+(?:medicine\s+)?cabinet\b|\bnot\s+sure\s+i\s+am\s+glad\b"
        r"|\b(?:hose|pipe|tube)\b[^.!?]{0,30}?\bexhaust\b"
        r"|\bjust\s+to\s+feel\s+(?:it|anything)\b"
        r"|\bstep\w*\s+in\s+front\s+of\s+(?:the\s+next|a|the)\s+(?:bus|train|lorry|truck|car)\b"
        r"|\b(?:lock|locked)\s+the\s+(?:bathroom|toilet)\s+(?:door\s+)?and\s+cut\b"
        r"|\bways\s+to\s+go\s+that\s+(?:do not|would not)\s+hurt\b|\bresearching\s+ways\s+to\s+(?:go|die|end)\b"
        r"|\blook\s+down\s+and\s+decide\b"
        r"|\b(?:change|wish)\b[^.!?]{0,30}?\bthat\s+i\s+am\s+still\s+(?:here|alive|around)\b"
        r"|\b(?:whole|entire)\s+insulin\s+pen\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "written-in-passing",
        r"\b(?:he|she|they)\s+(?:burned|burnt|burns)\s+my\s+(?:\w+\s+)?with\s+(?:a|the|his|her)\s+(?:cigarette|lighter|iron|match|straightener|kettle|pan)\b"
        r"|\b(?:dents?|holes?)\s+in\s+the\s+(?:plaster|wall|door)\b[^.!?]{0,40}?\bmy\s+(?:head|fist|face)\b"
        r"|\b(?:is not|not)\s+the\s+(?:hitting|beatings|punching|slapping|choking)\b"
        r"|\bwonder\s+if\s+i\s+will\s+make\s+it\s+to\b"
        r"|\bbehind\s+closed\s+doors\b[^.!?]{0,40}?\bwith\s+(?:his|her|their)\s+hands\b"
        r"|\b(?:do not|did not)\s+get\s+bruises\s+anymore\b"
        r"|\bso\s+does\s+my\s+(?:cheekbone|jaw|face|nose|ribs|eye|back)\b"
        r"|\b(?:shuts|shut|shutting)\s+me\s+in\s+the\s+(?:garage|shed|basement|cellar|cupboard|closet|car|bathroom|room)\b"
        r"|\btrying\s+to\s+drown\s+me\b"
        r"|\b(?:screaming|thuds|bangs|shouting)\b[^.!?]{0,40}?\b(?:are|is|was|were)\s+just\s+the\s+(?:telly|tv)\b"
        r"|\bwhipped\s+(?:the\s+backs?\s+of\s+)?my\s+(?:legs|back|arms|hands)\b"
        r"|\b(?:plates|things|glasses|cups|pans)\s+(?:come|came|fly|flew)\s+at\s+(?:me|my head)\b"
        r"|\b(?:finish|end|kill)\s+us\s+both\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "signs-written-in-passing",
        r"\bplanning\s+to\s+(?:walk\s+into|jump\s+(?:off|from)|drive\s+(?:off|into)|step\s+in\s+front\s+of)\b"
        r"|\blong\s+sleeves\s+(?:in|all)\s+(?:the\s+)?(?:summer|heat)\s+again\b"
        r"|\bplanning\s+my\s+exit\b(?!\s+(?:from|strategy|interview))"
        r"|\bnot\s+survive\s+(?:a|the)\s+fall\b|\bwhat\s+height\b[^.!?]{0,30}?\b(?:enough|survive|fatal)\b"
        r"|\bsaid\s+my\s+goodbyes\b"
        r"|\b(?:photo|pic|picture)\s+of\s+(?:pills|tablets|a blade|a rope|the pills)\b"
        r"|\bscrap\w*\s+my\s+(?:forearms?|arms?|wrists?|skin|legs?)\b"
        r"|\bstanding\s+on\s+a\s+chair\b[^.!?]{0,30}?\b(?:rope|belt|cord|cable)\b"
        r"|\b(?:wrote|writing|letter|note|explaining)\b[^.!?]{0,40}?\bwhere\s+everything\s+is\s+(?:kept|stored)\b"
        r"|\b(?:tidy|sorted|in order)\s+for\s+(?:him|her|them)\s+afterwards\b"
        r"|\bvoices?\s+(?:telling|tells|told)\s+me\s+to\b"
        r"|\b(?:painkillers|pills|tablets|meds)\b[^\n]{0,60}?\btaking\s+(?:every\s+one|all)\s+of\s+them\b"
        r"|\bthinking\s+about\s+letting\s+go\b(?!\s+of\b)"
        r"|\bsitting\s+(?:out\s+)?on\s+the\s+window\s+ledge\b[^.!?]{0,60}?\b(?:floor|letting go|jump|fall|thinking)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "wished-away",
        r"\bwhere\s+(?:nobody|no one)\s+(?:will|would|can|could)\s+see\b"
        r"|\b(?:pinching|pinches|twisting|twists)\s+(?:and\s+(?:pinching|twisting)\s+)?my\s+(?:skin|arm|arms|wrist)\b"
        r"|\b(?:biting|scratching|pinching|clawing)\s+(?:and\s+(?:biting|scratching|pinching|clawing)\s+)?me\s+when\b"
        r"|\bthreat\w*\s+to\s+(?:break|snap|cut|burn)\s+my\s+\w+\b|\bwhich\s+bones\s+(?:he|she|they)\s+would\s+break\b"
        r"|\b(?:can not|cannot|could not)\s+breathe\b[^.!?]{0,40}?\b(?:laughs|laughed|keeps going|does not stop|did not stop)\b|\bchokeholds?\b"
        r"|\b(?:tried|try|trying)\s+to\s+call\s+(?:my\s+\w+|someone|anyone|the police)\s+for\s+help\b"
        r"|\bwhile\s+(?:she|he|the baby)\s+was\s+still\s+in\s+it\b"
        r"|\blying\s+to\s+(?:\w+\s+){1,2}about\s+my\s+(?:black eyes?|bruises|injuries|marks)\b"
        r"|\b(?:him|her|them)\s+(?:to\s+stop\s+)?(?:sitting|kneeling)\s+on\s+my\s+(?:chest|back|neck)\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "wishes-and-signs",
        r"\b(?:drive|driving|steer|swerve\w*)\s+(?:into|toward|towards)\s+(?:oncoming\s+traffic|a\s+truck|a\s+lorry|the\s+oncoming)\b"
        r"|\bgouge\w*\b[^.!?]{0,20}?\b(?:arms?|skin|legs?|wrists?)\b"
        r"|\bholding\s+it\s+to\s+my\s+(?:own\s+)?head\b|\bgun\s+to\s+my\s+own\s+head\b"
        r"|\bcrash\w*\s+(?:the|my)\s+car\s+on\s+purpose\b|\binsurance\s+would\s+pay\s+(?:off|out)\b"
        r"|\blast\s+time\s+i\s+did\s+not\s+want\s+to\s+(?:disappear|die|not exist)\b"
        r"|\b(?:punches|hits|slaps|bangs)\s+(?:himself|herself|themselves)\b"
        r"|\bonly\s+way\s+out\b[^.!?]{0,40}?\b(?:coffin|body bag|dead)\b"
        r"|\b(?:rowing|swimming|walking|driving|sailing|paddling)\s+out\b[^.!?]{0,20}?\bnot\s+coming\s+back\b"
        r"|\bdone\s+with\s+all\s+of\s+it\b"
        r"|\bmiscarriage\b[^\n]{0,80}?\bbe\s+with\s+the\s+baby\b"
        r"|\bfor\s+me\W*\s*from\s+the\s+(?:lake|bridge|river|cliff|sea|roof)\b",
        negatable=False,
    ),
    _cue(
        "partner-violence",
        "said-plainly-in-other-words",
        r"\blong\s+sleeves\s+in\s+(?:summer|the heat|the summer)\b"
        r"|\blet\s+it\s+happen\s+so\s+it\s+(?:would|will)\s+be\s+over\b|\bi\s+said\s+no\b[^.!?]{0,40}?\bdid not\s+(?:really\s+)?listen\b"
        r"|\b(?:smiled|laughed)\s+when\s+i\s+asked\s+where\s+(?:she|he|it)\s+(?:was|went)\b"
        r"|\b(?:things|it)\s+(?:get|gets|got)\s+(?:a bit\s+|a little\s+|pretty\s+|really\s+)?rough\b[^.!?]{0,40}?\b(?:makes it up|sorry|apologi\w*)\b"
        r"|\b(?:survive|live through)\s+it\s+if\s+(?:he|she|they)\s+(?:found|finds)\s+out\b"
        r"|\b(?:goes|went|go)\s+ahead\s+(?:anyway\s+)?(?:even\s+)?(?:when|though|while|if)\s+i\s+(?:am|was)\s+(?:crying|saying no|asleep)\b"
        r"|\bwaiting\s+with\s+(?:a|the|his|her)\s+(?:knife|gun|bat|hammer)\b|\bnext\s+time\s+(?:he|she|they)\s+(?:will|would)\s+use\s+it\b",
        negatable=False,
    ),
    _cue(
        "self-harm",
        "going-to-jump",
        # "I'm going to jump off the balcony if they play that song again lol" is a figure of speech
        r"\b(?:going to|gonna|will|want to|wanna|about to|planning to|plan to)\s+(?:just\s+)?(?:jump|throw myself)\s+(?:off|from|in front of)\s+"
        r"(?:the|a|my|our)\b",
        negatable=False,
        hyperbole=True,
    ),
)


# --- Contexts that cancel a cue (see the Cue flags) ---------------------------------

# Trivial reasons that mark a threat as a figure of speech ("she'll kill me when she sees the bill").
TRIVIAL = re.compile(
    r"\b(?:pillow|cushion|snowball|water balloon|nerf|ugh|omg|lmao|cringe|embarrassing|mortified|hot wing|wing challenge|spicy|coffee|bill|bills|mess|late|forgot|forget|forgetting|birthday|anniversary|dishes|socks|"
    r"spent|spend|spending|bought|buy|shopping|joke|joking|kidding|laugh|laughing|lol|haha|score|ending|spoiler|"
    r"finale|episode|season|recipe|plant|plants|car|scratch|dent|credit card|amazon|parcel|package|shoes|diet|"
    r"cake|cookies|chocolate|leftovers|fridge|remote|thermostat|snoring|snore|football|game|match|fantasy|"
    r"this tv|tv show|karaoke|meeting|boss|deadline|taxes|inbox|traffic|commute|hangover|hungover|my hair|haircut|"
    r"tattoo|netflix|movie|film|book|lego|golf|gym|workout|run|marathon|half marathon|legs|"
    r"sofa|couch|embarrass\w*|cringe|awkward|hilarious|funny|lmao|rofl|jk|literally dying|tim tam|biscuit|"
    r"leftovers|overslept|alarm|in stitches|tea towel|cushion|sock|socks|advert|adverts|commercial)\b"
)
# Reporting or topic contexts: the words are about someone else's story, a job, or a question asked.
REPORTED = re.compile(
    # a story, show or game about it
    r"\b(?:documentary|doco|podcast|show|film|movie|book|article|novel|series|episode|news story|true crime|"
    r"video game|game|song|lyrics|play|scene|thriller)\s+(?:\w+\s+){0,3}?(?:about|where|in which|on|called|with)\b"
    r"|\b(?:character|characters|the villain|the killer|in the game|in the book|in the film|in the show)\b"
    # someone else's case, met at work
    r"|\b(?:my|a|one of my|our|the)\s+(?:patient|patients|client|clients|student|students|service users?)\b"
    r"|\b(?:i|she|he|they) works? (?:on|in|at) (?:a|the) (?:ward|unit|shelter|refuge|clinic|hospital|er|prison|court|helpline)\b"
    r"|\b(?:caseworker|social worker|lawyer|solicitor)\b"
    # a question asked, a course or campaign about it
    r"|\b(?:asked if|asked me if|asked whether|form asked|questionnaire|screening questions?)\b"
    r"|\b(?:awareness|charity|campaign|course|class|training|volunteer\w*|workshop)\s+(?:\w+\s+){0,3}?(?:about|on|for)\b"
    # sport, play and agreed games
    r"|\b(?:boxing|judo|karate|mma|sparring|self-defen[cs]e|jiu jitsu|wrestl\w*|rugby|hockey|netball|soccer|football|"
    r"climbing|bouldering|five-a-side|five a side|futsal|on the pitch|the match|role ?play|safe ?word|consensual|kink|play ?fight\w*|pillow fight\w*|tickl\w*|"
    r"bjj|kickboxing|muay thai|taekwondo|grappling|blue belts?|purple belts?|black belts?|dance class|tango|salsa class|ballroom)\b"
)
# Agreement: arrangements both people chose.
CONSENT = re.compile(
    r"\b(?:at my request|i asked (?:him|her|them) to|i asked for|we agreed|we both agreed|by agreement|agreed to|"
    r"we decided|our agreement|both like it|my idea|i wanted (?:him|her|them) to|mutual|we share|we both share|"
    r"our choice|we chose|i suggested|we set (?:it|this) up|we both use|fair enough|drove us home|we made a rule|house rule|"
    r"begged (?:him|her|them) to|i asked (?:him|her|them) for|i get (?:it|them) back|"
    r"i (?:had|had had) (?:\w+ )?(?:too many|a few|three|two|four) (?:drinks|glasses|beers|pints))\b"
)
# The distant past, told as history.
HISTORY = re.compile(
    r"\b(?:as a (?:teen|teenager|kid|child)|in my teens|years ago|years behind me|behind me|when i was younger|"
    r"in high school|at school|long time ago|long ago|in the past|history of|used to|"
    r"in my (?:teens|twenties|thirties|forties|fifties)|(?:a|my) (?:previous|last|former|first) (?:relationship|marriage|partner))\b"
)
# A threat made in play: "she'll kill me if I tell her mum about the engagement first",
# "he says he'll strangle me if I play that song again lol". The threat is followed by
# its condition, and the condition is trivial (or laughed off) and names nothing a
# controlling threat is about (leaving, telling anyone, friends, the police...).
PLAYFUL_THREAT = re.compile(
    r"\b(?:will|would|is going to|are going to|going to|gonna|threatened to|threatens to|swore to|swears to)\s+[\"']?(?:\w+\s+){0,2}?"
    # only the verbs people use as figures of speech: "he'll hit me if I burn the dinner" is not play
    r"(?:(?:kill|murder|strangle|throttle|bury|destroy|disown|skin)\s+"
    r"(?:me|us|him|her|you|them|each other)|make (?:me|you|us) disappear)\b[^.!?]{0,40}?\b(?:if|when|unless|for|after|over)\b"
    r"(?P<condition>[^.!?,;]{0,80})"
)
PLAYFUL_REASON = re.compile(
    r"\b(?:song|songs|music|musical|musicals|playlist|pictures|photos|selfies?|records|vinyl|engagement|surprise|spoil\w*|"
    r"midnight|curfew|holiday|vacation|pineapple|pizza|towels?|christmas|december|karaoke|scrabble|fifa|monopoly|crossword|"
    r"wordle|rearrang\w*|colour|color|haha\w*|ha|lol|lmao|rofl|one more time|chores?|dishes|washing[- ]up|laundry|bins|hoovering)\b"
)
CONTROL_CONDITION = re.compile(
    r"\b(?:leave|leaving|left (?:him|her|them)|break up|police|cops|(?:tell|told|telling) (?:anyone|anybody|someone|people|my|the)|"
    r"talk to|talking to|see my|friends|family|divorce|custody|lawyer|report|cheat\w*|another (?:man|woman|guy|girl))\b"
)
# Statements that insist they are meant seriously override a trivial context.
SERIOUS = re.compile(
    r"\b(?:not joking|was not joking|am not joking|not kidding|i mean it|i am serious|seriously though|not (?:really |even )?funny)\b"
)
# Statements that rule danger out; they quiet the softer self-harm cues only.
RULED_OUT = re.compile(
    r"\b(?:not in (?:any )?danger|not in a dark way|i am (?:totally |perfectly |completely )?safe|not suicidal|"
    r"no thoughts of (?:suicide|hurting|harming)|not forever|not like that|nothing like that|"
    r"asked (?:me )?(?:if|whether) i[^.!?]{0,60}?(?:and (?:honestly )?i (?:have not|had not|do not)|i said no))\b"
)


# --- Words the learned model needs to see before it may raise a concern ------------------
# The model generalises to new wordings, but on its own it also reacts to the tone of
# ordinary relationship stories. Requiring one of these words keeps it to statements
# that at least touch on harm, fear, control or death. Each entry is a pattern for one
# whole word or phrase (\s between the words of a phrase).
MODEL_GATES: dict[SafetyConcern, tuple[str, ...]] = {
    "partner-violence": tuple(
        r"""
        hit hits hitting hurt\w* punch\w* slap\w* kick\w* chok\w* strangl\w* shov\w* push\w*
        grab\w* drag\w* pinn?(?:ed|ing|s)? threw throw\w* smash\w* broke break\w* bruis\w* blood
        bleed\w* injur\w* hospital afraid scared terrified frighten\w* fear\w* unsafe safe
        threat\w* kill\w* dead die knife gun weapon bat forc\w* lock\w* track\w* tracker
        camera\w* spy\w* monitor\w* passport permission allowed allowance control\w* stalk\w*
        sex sexual rape\w* consent condom\w* pills? pregnant abortion drunk insulin keys
        passwords? isolat\w* bathroom hid hide hiding shaking flinch\w* temper violent abus\w*
        burn\w* stairs police cops regret suicide receipts interrogat\w* punish\w* film\w*
        sign\sover signed\sover
        """.split()  # noqa: SIM905 - a word list reads better as prose than as quoted items
    ),
    "self-harm": tuple(
        r"""
        die dying dead death suicid\w* kill\w* myself herself himself themselves end ending gone
        goodbye burden alive live living exist\w* disappear\w* funeral note letters? will pills?
        meds overdos\w* cut\w* burn\w* marks scars harm\w* hurt\w* hopeless worthless waste
        bridge jump\w* crash\w* attempt\w* psych plan date anymore forever relieved
        worry\sabout\sme deserve
        """.split()  # noqa: SIM905 - a word list reads better as prose than as quoted items
    ),
}
