"""The crisis lexicon, for clinicians to review: patterns for suicidal thoughts, self-harm, overdose,
hopelessness about living and danger to or from someone else; idioms that are not a crisis; the words
of distress that let the trained crisis intent count; chat spellings. `crisis.py` applies them.

Every pattern is matched against normalized text: lowercase, accents and apostrophes removed
("don't" -> "dont"), punctuation as spaces, chat spellings expanded.
"""

from typing import Dict, List

SELF = r"(?:myself|meself|my own self)"
OTHER_SELF = r"(?:himself|herself|themselves|themself)"
FAMILY = (
    r"(?:wife|husband|partner|boyfriend|girlfriend|fiance|fiancee|mom|mother|dad|father|son|daughter|kids?|"
    r"children|child|baby|family|brother|sister|roommate|friend|coworker|neighbor|ex|parents?|grandma|"
    r"grandmother|grandpa|grandfather|teen|teenager)"
)
PERSON = (
    r"(?:me|him|her|them|us|someone|somebody|anyone|everyone|everybody|people|other people|others|"
    rf"all of us|us all|all of them|them all|my {FAMILY}|the kids|the baby)"
)
DRUGS = (
    r"(?:pills?|meds|medications?|medicine|tablets|capsules|tylenol|acetaminophen|paracetamol|advil|"
    r"ibuprofen|aspirin|xanax|ativan|klonopin|valium|benzos|sleeping pills|painkillers|opioids|oxy|"
    r"oxycodone|fentanyl|heroin|insulin|lithium|sertraline|zoloft|prozac|fluoxetine|lexapro|"
    r"trazodone|seroquel|ambien|antidepressants|prescriptions?)"
)
WANT = (
    r"(?:want|wants|wanna|wanted|wish|wishing|ready|going|gonna|plan|planning|planned|deserve|"
    r"thinking about|thinking of|thought about|think about|tempted|trying|tried|about|urge|need)"
)
HARM_VERB = (
    r"(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|burn|burning|hit|hitting|choke|choking|"
    r"stab|stabbing|shoot|shooting|hang|hanging|drown|drowning|poison|poisoning|starve|starving|"
    r"end|ending|off|offing|unalive|unaliving|punish|punishing|strangle|suffocate|suffocating)"
)

# Plain first-person statements, the first group of LEXICON: the trained classifier (crisis_classifier.py)
# never overrules these, however unlikely it finds a crisis.
PLAIN_STATEMENTS = [
    rf"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|end|ending) {SELF}\b",
    r"\b(?:i|im|i am|ive|i have|i feel|feeling|been|getting|having)\b(?: (?!never\b|not\b|no\b|wasnt\b)\w+){0,3} suicidal\b",
    r"\bsuicidal (?:thoughts|feelings|urges)\b.{0,40}\b(?:again|lately|every|right now|today|tonight|i have|ive|im having|having them)\b",
    r"\bi (?:just |really |honestly |still )?(?:want|wanna|need|am going|plan|am ready|am planning) to (?:die|end my life|end it all|take my (?:own )?life)\b",
    r"\bi (?:dont|do not|no longer) (?:want|wanna) (?:to )?(?:(?:live|liv)\b(?! (?:far|near|close|in|there|here|at|on|abroad|nearby|an hour)\b)|be alive|exist|wake up)\b",
    r"\b(?:end|ending|take|taking) my (?:own )?life\b",
    r"\bkms\b|\bunaliv\w* myself\b",
    r"\bfollow\w* through (?:on|with) (?:it|the plan|my plan|what i planned)\b(?!.{0,30}\b(?:treatment|payment|sessions?|tms|therapy|exercise|diet)\b)|\bthe plan (?:ive|i have|i had|i made)\b(?!.{0,30}\b(?:treatment|payment|insurance)\b)",
    r"\bi (?:just )?(?:took|swallowed|have taken|overdosed)\b.{0,30}\b(?:all (?:of )?(?:my|the|them)|whole bottle|overdose|too many)\b",
    # Stockpiling medication with a word of ending it: a plan and a means, however calm the message.
    r"\b(?:saving|saved|putting aside|put aside|setting aside|stockpiling|hoarding|stashing)\b.{0,40}\b(?:pills|tablets|meds|medication)\b.{0,80}\b(?:in case i (?:decide|choose)|for when i (?:decide|give up|am ready|im ready)|to end it|enough to (?:end|die|not wake))",
    # Danger at home, said plainly: "my husband is in the next room and he's dangerous".
    rf"\bmy (?:step ?)?{FAMILY} (?:is|has been|is getting) (?:really |very |so |getting )?(?:dangerous|violent|abusive)\b",
    rf"^(?=.*\bmy (?:step ?)?{FAMILY}\b)(?=.*\b(?:hes|he is|shes|she is) (?:really |very |so |getting )?(?:dangerous|violent|abusive)\b)",
    # Other languages: safety/crisis_phrases.yml.
]

PLAIN_GROUP = "plain first-person statements"

LEXICON: Dict[str, List[str]] = {
    PLAIN_GROUP: PLAIN_STATEMENTS,
    "suicide words and slang": [
        r"\bsuicid\w*",
        r"\bsewer ?slide\w*",
        r"\bun ?aliv\w*",
        r"\bkms\b",
        r"\bkys\b",
        r"\bctb\b",
        r"\bcatch(?:ing)? the bus\b",
        r"\bself ?(?:harm|injur|mutilat|delet)\w*",
        r"\b(?:delete|erase) myself\b",
        r"\bfinal exit\b",
        r"\bsui\b",
        r"\b(?:quiero|voy a) (?:morir|morirme|matarme)\b",
        r"\bno quiero (?:vivir|seguir)\b",
    ],
    "harm to self": [
        rf"\b{HARM_VERB} {SELF}\b",
        rf"\b{HARM_VERB} {OTHER_SELF}\b",
        r"\b(?:slit|slice|slash|cut|cutting|open) (?:my|his|her|their) (?:wrists?|arms?|veins?|throat)\b",
        r"\b(?:rope|noose)\b",
        r"\bblow (?:my|his|her|their) (?:brains|head) (?:out|off)\b",
        r"\bgun (?:to|against) (?:my|his|her|their) head\b",
        r"\bbleed(?:ing)? out\b",
        r"\bjump(?:ing|ed)? (?:off|from) (?:a|the|my|this|that) (?:\w+ )?(?:bridge|building|roof|ledge|balcony|cliff|window|overpass|parking garage|tower)",
        r"\b(?:jump|step|walk|throw myself)(?:ing|ed)? in front of (?:a|the) (?:train|car|bus|truck|subway)\b",
        r"\bstanding on (?:a|the) (?:bridge|ledge|roof)\b",
        r"\b(?:drive|drove|crash|driving) (?:my car )?(?:off|into) (?:a|the) (?:bridge|cliff|wall|tree|river)\b",
        r"\bburn(?:s|ing|ed)? on my (?:arms?|legs?|skin|wrists?)\b",
        r"\b(?:razor|blade)s? (?:on|to|against) my\b",
        r"\b(?:want|wanna|urge|urges|need|going|tempted|itching) to cut\b(?! (?:down|back|my hair|his hair|her hair|the|it|off|out|in|costs?|my hours|ties|corners))",
        r"\bcut (?:too |so |really |way )?deep(?:er|ly)?\b|\bcutting again\b|\brelapsed?\b.*\b(?:cutting|self harm|cut)\b",
        r"\b(?:burn|burning|burned|burnt|scratch|scratching|scratched|carving|carved|cutting|cut)\w* (?:into )?(?:my|his|her) (?:arms?|legs?|thighs?|wrists?|skin|stomach|body)\b",
        r"\buntil (?:it|they|i) (?:bleeds?|bled)\b|\bdeserve (?:the pain|to hurt|to suffer|to die|pain)\b",
        r"^(?=.*\bcut\w*\b)(?=.*\bbleed\w*\b)",
        r"\b\w+ (?:myself|himself|herself|themselves) off (?:a|the|of|from)\b",
        r"\bjump\w*\b.{0,30}\b(?:bridge|building|roof|ledge|balcony|cliff|window|overpass|tower|edge)\b|\b(?:edge|ledge) of (?:the|a) (?:roof|bridge|building|cliff)\b",
    ],
    "wanting to die": [
        rf"\b{WANT} (?:to )?(?:die|be dead|not be alive|not exist|stop existing|stop being here|stop being alive|not be here anymore|not wake up|never wake up|sleep forever|fall asleep forever|disappear forever|disappear for good|go to sleep forever|end it|end everything|end it all|give up on life)\b",
        r"\b(?:i|id) (?:should|could|would|might) (?:just )?(?:die|be dead|not be here)\b(?! (?:of|from|laughing))",
        r"\bwish (?:i|id|that i) (?:was|were|had|could|would|d)? ?(?:dead|die|died|never been born|not been born|not born|gone|disappear|just disappear|not wake up|never wake up|not exist)",
        r"\b(?:rather|prefer to) (?:be )?(?:dead|die)\b",
        r"\b(?:hope|hoping|pray|praying) (?:i|that i) (?:die|dont wake up|never wake up|do not wake up|get hit)",
        r"\blet me die\b",
        r"\b(?:never|not) wake up again\b",
        r"\b(?:dont|doesnt|does not|do not|didnt) (?:want|wanna|wish) to (?:wake up|be alive|live|exist|be here|go on|keep going|keep living|continue)\b(?!.*\b(?:early|late|until|before|for (?:more|longer|hours|long)|session|appointment)\b)",
        r"\b(?:no longer|not) want(?:ing)? to (?:live|be alive|exist|be here|go on)\b",
        r"\bdont (?:want|wanna) to be here (?:anymore|any more|no more)\b",
        r"\bwant (?:it|everything|the pain|this|life) (?:all )?to (?:stop|end) (?:forever|for good|permanently)\b",
        r"\bwant (?:it|everything|life) (?:all )?to be over\b",
        r"\bend (?:it all|my life|my own life|things|everything)\b",
        r"\bend(?:ing)? it (?:all|tonight|today|now|for good|forever|soon)\b",
        r"\b(?:take|taking|took|ending|end|ended|ends) (?:my|his|her|their) (?:own )?li(?:fe|ves)\b",
        r"\bdie\b(?! (?:for|of|from|laughing|down|off|out|hard|during|after|in (?:the|a) (?:mri|scanner|machine)))",
        r"\b(?:be|being|was|were|am|im|i am|rather be|better off|wish i was|wish i were) dead\b(?! (?:tired|on|serious|set|end|sure|wrong|last|beat|broke|asleep|center|weight|quiet))",
        r"\b(?:not|never|wont|dont|didnt|to not|would not|wouldnt) (?:to )?wake up\b(?! (?:early|late|on time|in time|before|at|for|until|till|when|in the|by))",
        r"\b(?:disappointed|sad|upset|angry|hate|sorry|annoyed|mad) (?:that )?(?:i|im|i am) (?:still )?(?:here|alive|breathing)\b",
        r"\b(?:end|ending) it\b(?! (?:early|sooner|there|here|after|before|when|if|at|with|by))",
        r"(?<!how long )\b(?:ill|i will|i would|id|im going to|i might|i may|gonna) be (?:gone|dead)\b(?! (?:for|on|until|from|next|this|that|all|over|during|the|a|in|at|soon for))",
        r"\b(?:when|after|once|if) (?:im|i am|i was|i were) gone\b",
        r"\b(?:wont|dont think ill|dont think i will|not going to|might not|may not) (?:still )?be (?:here|around|alive)\b(?! (?:for|on|at|in|next|until|during|when|this|that|today|tomorrow morning))",
        r"\b(?:how much longer|how long) (?:i can|can i|i could|will i be able to) (?:hold on|keep going|go on|last|take this|take it|do this|survive|keep doing this)\b",
        r"\b(?:not|dont|never) plan(?:ning)? (?:on|to) (?:be|being) (?:here|around|alive)\b|\bplan(?:ning)? (?:on|to) not (?:be|being) (?:here|around|alive)\b",
        r"\b(?:cant|can not|cannot|dont think i can|not sure i can|unable to) hold on\b|\bhold on (?:much|any) longer\b",
        r"\b(?:thinking|think|thought|thinkin) about (?:the|a|that) (?:bridge|roof|gun|pills|rope|train|tracks|ledge|edge)\b",
        r"\b(?:stood|standing|stand|sat|sitting) (?:at|on) the edge\b",
        r"^(?=.*\bgoodbye\b)(?=.*\b(?:thank you for everything|thanks for everything|wont be (?:coming back|around|here)|forever|take care of (?:my|them|each other))\b)",
        r"\b(?:affairs in order|updated my will|update my will|wrote my will|writing my will|to my estate|my estate|beneficiar\w*)\b",
        r"\bgarage\b.*\brunning\b",
        r"\b(?:razor|razors|blades?)\b(?! burn)",
        r"\blocked (?:himself|herself|themselves|myself) in\b",
        r"\b(?:says|said|saying) (?:shes|hes|theyre|im|she is|he is|they are) done\b",
        r"\b(?:im not|i am not|i dont feel|i do not feel|dont feel|not feeling|i never feel) safe\b(?! (?:for|to|during|with tms|with the|about|doing))",
        r"\b(?:keep|stay|be) (?:myself |me )?safe\b.{0,30}\b(?:longer|tonight|anymore|right now)\b|\b(?:keep|trust) myself (?:to stay |to be )?safe\b|\bsafe (?:with|from) myself\b",
        r"\b(?:think|thinking|thought|thoughts|obsess\w*|fantasi\w*|dream\w*) (?:about|of) (?:dying|death|being dead|not being here|not existing|ending it|ending things)\b",
        r"\bonly (?:escape|way out|option left|solution)\b|\b(?:escape|way out) (?:is|would be) (?:death|dying)\b",
        r"\bdriv\w* (?:my car |the car )?(?:off|into (?:the median|a wall|a tree|the river|traffic|oncoming))\b",
        r"^(?=.*\bjump\w*\b)(?=.*\b(?:bridge|roof|building|ledge|edge|window|cliff|balcony|train|tracks)\b)",
        r"\b(?:jump|step|walk|throw|lie|lay)\w* (?:myself )?in front of (?:a|the) (?:train|car|bus|truck|subway)\b|\b(?:sitting|sat|standing|stood|lying|lie|lay|walk\w*|went|go|going) (?:on|to|by|near) the (?:train )?tracks\b",
        r"\b(?:sat|sitting|stood|standing|climbed|climbing) (?:on|over) the (?:railing|ledge|edge)\b|\b(?:edge|ledge) of (?:the|a|my) (?:\w+ ){0,2}(?:roof|bridge|building|cliff)\b",
        r"\b(?:everything|what) i need to do it\b|\bi have what i need\b",
        r"\bwont be (?:around|alive)\b(?! (?:next|this|that|on|until|between|during|in|at|tomorrow morning|today))",
        r"\b(?:go|went|going|gone) through with it\b",
        r"\b(?:last time|first time) i tried\b(?!.*\b(?:tms|therapy|meds?|medications?|treatment|ssris?|antidepressants?|sessions?|booking|book|call)\b)",
        r"\bdone trying\b(?! to (?:book|schedule|call|reach|get|find|figure|fill|understand))",
        r"\bbetter off with\b.{0,25}\b(?:insurance|money|me gone)\b|\blife insurance (?:money|payout|pays|would|will)\b",
        r"\bhop\w* (?:i|that i) (?:dont|wont|never|do not|will not) wake up\b",
        r"\b(?:out of|no more|no|lost all|any) reasons? to (?:stay|live|keep going|go on|be here|keep living)\b|\bnothing left for me\b|\bnothing (?:left )?(?:for me )?(?:in|on) this (?:world|earth)\b",
        r"\b(?:log\w* off|check\w* out|sleep|rest|gone|disappear\w*)\b.{0,15}\b(?:permanently|forever|for good)\b|\b(?:log\w* off|check\w* out|quit\w*|resign\w*|exit\w*) (?:from |of )?life\b",
        r"\bsuicidal ideation\b|\bsh (?:urges?|thoughts|again|relapse)\b",
        r"\bgoodbye (?:message|post|text|video|letter|note)s?\b|\bposted (?:a )?goodbye\b",
        r"\b(?:been|is|started|keeps?|caught \w+|still) cutting\b(?! (?:back|down|out|costs|hair|class|school|corners|coupons))",
        r"\bwhat (?:i|he|she|they) might do to (?:myself|himself|herself|themselves|me|my|him|her|them|someone)\b",
        r"\b(?:not sure|dont think|dont know if) (?:i|ill|i will|i can) (?:make it|last)\b(?! (?:to (?:the|my|your|our|an|a) (?:appointment|session|office|clinic|consult\w*|visit)|there|in|by|on time|in time|for the))",
        r"^(?=.*\b(?:passed|died|death|heaven|lost my|late (?:wife|husband|mother|father|son|daughter))\b)(?=.*\b(?:join|be with|be reunited with) (?:her|him|them|my)\b)",
        r"\b(?:didnt|wouldnt|would not|did not|dont|not) survive\b|\bcovered in (?:cuts|scars|burns)\b|\bcuts (?:on|all over) my (?:arms?|legs?|wrists?|thighs?|body|stomach)\b|\bmake more cuts\b",
        r"\bdo something (?:stupid|to myself|to himself|to herself|drastic)\b",
        r"\b(?:an|my|last|previous|another|failed|next|suicide) attempts?\b(?! (?:to|at))|\battempted\b(?! to)",
        r"\b(?:how|when|where) (?:i|id|i would|i will|ill|im going to) (?:do it|end it|end things)\b",
        r"\b(?:looked up|look up|looking up|researching|researched|googled|googling|searched|searching) (?:how|ways|the best way|the easiest way) to (?:do it|die|kill|end|overdose|hang|not wake up)",
        r"\b(?:painless|quickest|fastest|easiest|surest) ways? to (?:die|go|end|do it)\b|\bpainless ways?\b",
        r"\b(?:wrote|written|writing) (?:out )?(?:a|my|the) plan\b|\b(?:have|got|made|making) a plan\b(?! (?:for|with|through|from|that|which|b|to (?:get|pay|start|come|book|see|call)))",
        r"\bkill me\b(?=.* (?:pills|gun|rope|bridge|tonight|please))",
    ],
    "hopelessness about living": [
        r"\bbetter off (?:dead|gone|without me|without him|without her|if i (?:was|were|wasnt|werent|was not|were not|died|didnt exist|wasnt here|was gone)|if im gone|when im gone)\b",
        r"\b(?:everyone|everybody|they|people|family|my family|my kids|my wife|my husband|the world)(?: \w+)? (?:would|will|d) be (?:better|happier) (?:off )?(?:without me|if i (?:was|were) gone|if i wasnt here)",
        r"\b(?:no|any|a) (?:reason|point|purpose) (?:to|in|of|for) (?:live|living|go on|going on|be alive|being alive|keep going|keep living|wake up|waking up|be here|being here|life|stay|staying|me being here)\b",
        r"\bnothing (?:left )?to live for\b",
        r"\b(?:whats|what is|is there|dont see|see no|cant see) (?:the|a|any) point (?:of|in) (?:living|life|going on|being alive|waking up|anything|trying anymore|me)\b",
        r"\blife (?:isnt|is not|aint|is no longer) worth\b|\bnot worth living\b",
        r"\b(?:cant|can not|cannot|couldnt|unable to) (?:go on|keep going|keep living|do this anymore|do this any more|take it anymore|take this anymore|take it any more|hold on|live like this|keep doing this|be here anymore|carry on|face another day|survive this)",
        r"\b(?:tired|sick) of (?:living|being alive|life|existing|waking up)\b",
        r"\b(?:give|giving|gave) up on (?:life|living|everything|myself)\b",
        r"\b(?:no|dont see a|cant see a|cant see any|see no) (?:way out|future|light)\b",
        r"\b(?:feel|feeling|im|so|completely|totally) hopeless\b",
        r"\b(?:im|i am) (?:just )?a burden\b",
        r"\bburden (?:to|on) (?:everyone|everybody|my family|my kids|them|the people)\b",
        r"\bdone with (?:life|living|everything|it all|this life|existing)\b",
        r"\bwant to disappear\b",
        r"\bdont want to exist\b",
        r"\bwont (?:be )?(?:around|here|alive) (?:much longer|for long|anymore|any more|to need)",
        r"\b(?:not|wont|never) (?:going to|gonna) (?:be )?(?:around|here|alive) (?:much longer|for long|anymore)",
        r"\bwont need (?:treatment|tms|this|it|help|therapy|an appointment)\b.*\b(?:where im going|soon|much longer|anymore|after)",
        r"\b(?:giving|gave|give|given) away (?:all )?(?:of )?(?:my|her|his) (?:\w+ )?(?:things|stuff|belongings|possessions|pets?|dogs?|cats?|guitar|car|jewelry|books|clothes|tools)\b",
        r"\b(?:goodbye|suicide|farewell|final|last) (?:letters?|notes?)\b",
        # Not the letters of an alphabet: "Malgorzata Nowak sorry no polish letters".
        r"^(?=.*\b(?<!no )(?:notes?|letters?)\b(?! (?:stand|stands|mean|means)\b))(?!.*\bno \w+ letters\b)(?=.*\b(?:goodbye|sorry|in case|gone|forgive me|final|loves? (?:us|you|them|everyone))\b)",
        r"\b(?:say|said|saying) goodbye to (?:someone|everyone|everybody|my)\b(?! (?:\w+ )?(?:slot|appointment|session|time|spot|booking|shift|old|job))|\bbefore i go\b.*\bgoodbye\b",
        r"\bno (?:reason|point|purpose)\b.{0,25}\b(?:live|living|alive|go on|going on|keep going|be here|being here|wake up|waking up|exist|existing)\b",
        r"\b(?:no one|nobody|noone)\b.{0,25}\b(?:notice|care|miss me)\b.{0,15}\bif i\b",
        r"\bif i (?:just )?(?:died|was gone|were gone|disappeared|wasnt here|wasnt around|werent here|was dead|were dead|didnt exist|killed myself|ended it|wasnt alive)\b",
        r"\bdisappear(?:ed)? (?:for good|forever|permanently)\b",
        r"\b(?:this is|saying) (?:my )?(?:goodbye|goodbyes|last message|final message)\b(?! (?:for now|until|til|till|see you))",
        r"\bgoodbye forever\b|\bmy last (?:night|day) (?:alive|on earth)\b",
        r"\bno one would (?:care|notice|miss me) if i\b",
        r"\bwouldnt (?:matter|care|notice) if i (?:died|was gone|disappeared|wasnt here)\b",
    ],
    "indirect signs and means": [
        r"\bwont (?:be )?need(?:ing)? (?:\w+ ){0,5}(?:where im going|much longer|after (?:tonight|today|this week))",
        r"\bmade (?:my )?peace with (?:it|things|everything|dying|death|my decision)\b|\bat peace with (?:it|dying|my decision|leaving)\b",
        r"\blast time (?:youll|you will|anyone will|anyone ll) hear from me\b|\b(?:wont|never) hear from me again\b",
        r"\b(?:passwords|account numbers|bank (?:info|details|passwords))\b.{0,60}\b(?:for|to) (?:my|her|his)\b",
        rf"\b(?:take care of|look after) (?:mom|dad|my {FAMILY}|the kids|him|her|them|my \w+) for (?:me|him|her|them)\b",
        r"^(?=.*\bpermanently\b)(?=.*\b(?:look after|take care of)\b)",
        r"\b(?:wont|will not|not sure ill|dont think ill|might not|may not) (?:still )?be alive\b|\b(?:fight\w*|struggl\w*|trying|hard) to stay alive\b|\b(?:actually|still) be alive\b|\bbe alive to\b",
        r"\bwont be needing (?:them|it|any of it|anything|my)\b|\b(?:thinking about|staring at) my (?:wrists?|throat|veins)\b",
        r"^(?=.*\b(?:pill bottles|pills|bottles)\b)(?=.*\b(?:slurring|not making sense|passed out)\b)|\b(?:unresponsive|not breathing)\b",
        r"\bnot (?:their|your|anyones|his|her) fault\b",
        r"\b(?:hop|pray|wish)\w* (?:thats|that is|this is|it is|its|it will be|tonight is) the end\b",
        r"\b(?:god|lord) (?:would |will |to )?(?:just )?(?:take|takes|let) (?:me|her|him)\b",
        r"\bhop\w* (?:the|my|this|that) (?:car|plane|bus|train|flight)\b.{0,25}\b(?:crash\w*|goes down|go down|hits?)\b",
        r"\b(?:something|its|it is) terminal\b|\bstopped looking both ways\b|\bno seatbelt\b",
        r"\bdont (?:really )?care (?:what happens to me|if i (?:die|live|make it|wake up|get hurt|crash|get hit)|how it ends|if it ends)\b",
        r"\b(?:so it can|so it would|and it can|and its|and it is|and it will) (?:all )?(?:finally )?(?:be )?(?:over|end)\b",
        r"\b(?:only|one) way out\b|\blooking for the exit\b|\bthe exit now\b",
        r"\btaking up space\b|\b(?:easier|better|happier)\b.{0,30}\b(?:without me|once im not|when im not|if im not|once im gone|im not in it)\b|\bwithout me in it\b",
        r"\btired of (?:all of it|it all|everything|trying|being here)\b|\btired of fighting\b(?! (?:my|the|with|over|about|traffic))|\bwant to stop\b.{0,20}\bnot pause\b",
        r"\btonight(?:s| is) the night\b|\b(?:going to|finally|ready to|gonna) do it (?:tonight|today|now|this weekend)\b|\bdo it tonight\b",
        r"\b(?:its|it is) time for me to go\b|\b(?:picked|chose|set|chosen|picked out) (?:a|the) (?:date|day|bridge|spot|place|method)\b",
        r"\bplan\w* (?:my own|my) funeral\b|\bfix (?:that|this|it|everything) permanently\b",
        r"\bat the (?:bridge|tracks|train tracks|cliffs?)\b|\bparked at the edge\b",
        r"\bcount(?:ed|ing) (?:my |the |all (?:my |the )?)?(?:pills|meds|tablets|them)\b(?!.*\b(?:organizer|organiser|weekly|daily|dispenser|pharmacy|refill)\b)|\b\d+ \w+ (?:saved|stashed|hidden)\b|\benough now\b",
        r"\b(?:not|never) (?:come|coming) back\b(?! (?:for|to|until|next|after|in|on|here))|\blethal\b",
        r"^(?=.*\bgarage\b)(?=.*\b(?:door shut|door closed|closed|towels|engine|started the car)\b)|\b(?:car|engine) running\b",
        r"\btied a (?:knot|noose)\b|\b(?:bought|buy|got) (?:some |a )?(?:cord|rope)\b|\bhow high\b.{0,30}\bfall\b|\bhold my weight\b",
        r"\b(?:i|ive) tried (?:once|twice|before|\w+ times)\b(?!.*\b(?:tms|therapy|meds?|medications?|treatment|ssris?|antidepressants?|sessions?|ketamine|ect)\b)",
        r"\bafter i tried\b(?!.*\b(?:tms|therapy|meds?|medications?|treatment)\b)|\bstomach pumped\b|\bfinish what i started\b",
        r"\bsurvived (?:the|my|an|a) (?:jump|attempt|overdose|fall)\b|\b(?:went|drove) off the road\b",
        r"\bclean (?:from|of) (?:cutting|sh|self harm|harming)\b|\b\d+ (?:days|weeks|months|years) clean\b(?=.*\b(?:cut\w*|sh|self harm|broke it|relapse\w*)\b)|\bshd\b",
        r"\b(?:pressed|pressing|held) (?:a |the )?(?:hot|burning|lit)\b|\bscratch\w* (?:my )?\w* (?:raw|until)\b|\bpunch\w* (?:the wall and )?my (?:own )?(?:face|head)\b",
        r"\bcarv\w* (?:a |words? |into )|\brelapsed (?:tonight|last night|again|today)\b|\brelapsed knife\b|\bsomething sharp(?:er)?\b",
        r"\b(?:swallow\w*|drank|drink\w*) (?:some )?bleach\b|\bwant\w* it to hurt\b",
        r"\bsee you on the other side\b|\b(?:finished|done) with (?:all of it|it all|everything|life)\b",
        r"\bnever (?:been )?born\b|\b(?:a|the) plan and (?:the )?means\b|\bhas (?:a|the) means\b",
        r"\bphone is (?:off|dead)\b(?=.*\b(?:thank\w*|goodbye|note|letter|message)\b)|\b(?:thank\w*|goodbye|note|letter|message)\b.*\bphone is (?:off|dead)\b",
        r"\blet (?:me|her|him) go\b(?=.*\b(?:god|lord|pray\w*|asking)\b)|\b(?:god|lord|pray\w*|asking)\b.*\blet (?:me|her|him) go\b",
        r"\b(?:burn|cut) marks\b|\bscars? (?:on|all over|up) (?:her|his|my) (?:arms?|legs?|wrists?)\b",
        r"\b(?:sitting|standing) on (?:the )?(?:roof|ledge|edge|railing)\b|\bhands? (?:around|on) my (?:neck|throat)\b",
        r"\bburn (?:the house|my house|our house|the place) down\b|\b(?:following|stalking|followed) me\b|\blocked me in\b",
        r"\bhiding (?:in|from)\b(?=.*\b(?:he|she|they|him|her|door|banging)\b)|\bbanging on the door\b|\bshoved me\b|\bpushed me down\b",
        r"\bknows (?:where|which \w+) (?:i live|im|i am)\b|\bpictur\w* (?:\w+ )?(?:hurting|killing|stabbing|dropping|drowning|smothering|shaking|hitting)\b|\bdriv\w* into (?:the|a) crowd\b",
        r"^(?:i )?cant anymore$|\bcant (?:do|take|handle) (?:this|it) (?:anymore|any more|n e more)\b|^no more$",
        r"\b(?:goodbye|bye) (?:everyone|everybody|forever|world)\b(?!.*\b(?:see you|front desk|next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|later|soon)\b)|\b(?:nobody|no one|noone) will miss me\b|\bwont be missed\b|\bmake it stop\b",
        r"\bsorry (?:mom|mum|dad|everyone)\b.{0,10}\bbye\b|\b(?:dont|cant) see myself (?:still )?(?:being )?(?:here|alive|around)\b",
        r"\bhang on\b(?=.*\b(?:cant|dont know if|not sure|how much longer|that long)\b)|\bmade (?:all the |my )?arrangements\b|\brehom\w*\b",
        r"\b(?:dip|leave|go|gone|out|check out|clock out)\w* (?:for good|forever|permanently)\b",
        r"\bneed\w* (?:\w+ ){0,4}where im (?:going|headed|heading)\b|\bbe with (?:\w+ ){0,2}in heaven\b|\b(?:go|going to) be with (?:\w+ ){0,2}(?:in heaven|soon)\b",
        r"\b(?:vanish|disappear)\w* (?:for good|forever|permanently)\b|\bif i (?:just )?(?:vanished|disappeared)\b|\b(?:a |dead )?weight on (?:everyone|everybody|my family|them)\b",
        r"\b(?:standing|stood|sitting|sat|leaning|climbed|climbing) (?:at|on|over|by) (?:the|a|my) (?:railing|ledge|edge)\b",
        r"\blooks? like an accident\b|\bcrash\w* (?:my|the) car into\b|\b(?:finally|i) ended things\b",
        r"\bif im not (?:around|here|alive)\b(?! (?:for|on|when|at|because of (?:a|my) (?:trip|vacation|work)))|\bvoices? (?:\w+ ){0,3}(?:telling|tell|told) me to\b",
        r"(?:\bpills ){2,}|\bpills (?:bye|goodbye)\b|^(?=.*\bpills\b)(?=.*\bgoodbye\b)",
        r"\b(?:looking up|look up|researching|googling|searched|looked up) (?:methods|ways to)\b",
        r"\b(?:cord|rope|belt|noose|string|wire|scarf) (?:around|round) (?:my|his|her|their) neck\b",
        r"\bclimb\w* over (?:the )?(?:\w+ )?(?:rail|railing|wall|fence|barrier|edge)\b|\blean\w* over (?:the )?(?:wall|edge|railing|rail)\b",
        r"\bdate (?:circled|picked|chosen|set)\b|\bit happens (?:on )?(?:tonight|tomorrow|friday|monday|tuesday|wednesday|thursday|saturday|sunday|this weekend)\b",
        r"\bgets the (?:dog|cat|house|car|kids)\b|\b(?:havent|hasnt|have not|has not) eaten in \w+ days\b|\bstop eating until\b",
        r"\bnature (?:can |to )?take its course\b|\bhoping (?:the|a) (?:stroke|heart attack|cancer|accident)\b",
        r"\b(?:quit|stopped|threw out|flushed) (?:my|all my) (?:\w+ ){0,2}(?:meds|pills|insulin|medication)\b.{0,40}\b(?:hop\w*|so|until|course|die|end)\b",
        r"^(?=.*\b(?:died|dead|passed|gone|murio)\b)(?=.*\b(?:follow (?:him|her|them)|go see them|join (?:him|her|them)|be with (?:him|her|them))\b)",
        r"\bend (?:the|my|this) pain (?:myself|for good|forever|permanently)\b|\bdecided to end\b",
        r"\bafraid to be alone with (?:him|her|the baby|my baby|my son|my daughter|the kids)\b|\b(?:drop\w*|hurt\w*|harm\w*) (?:the|my) baby on purpose\b",
        r"\bi have a way\b(?! to (?:get|pay|come|book|reach|contact|find))|\b(?:pills|tablets|meds) aside\b|\buntil (?:i|he|she|they) dies?\b",
        r"\b(?:grave|coffin)(?: (?:grave|coffin))* (?:soon|tonight|today|tomorrow|ready|me|bye|goodbye)\b",
        r"\bdonat\w* (?:my|his|her) (?:body|organs|brain)\b.{0,60}\b(?:soon|ahead of time|now|tonight|early|before i)\b",
        r"\b22 a day\b|\bbarrel (?:in|to|against) my\b|\beat(?:ing)? my gun\b",
        r"\b(?:wont|will not|never) live to see\b|\bbury (?:me|you)\b|\bfinds? my body\b|\bknife (?:to|at|against) my\b",
        r"\bfinish (?:me|you)(?: off)?\b|\bbullet in (?:me|my|you|him|her)\b|\b(?:wont|will not) miss\b(?=.*\b(?:knife|gun|threw|shot|next time)\b)|\bthrew a knife\b",
        r"\bparked outside my\b|\bno one would care\b|\b(?:my|her|his|their) last night\b(?! (?:shift|session|of (?:the|my) \w+))|\blast night alive\b|\btonight is (?:my|her|his|their) last\b",
        r"\b(?:drank|drink\w*|swallowed|ate) (?:some )?(?:antifreeze|bleach|poison|rat poison|drain cleaner|weed killer|pesticide)\b",
        r"\b(?:go|going|went|gone) through with (?:it|my plan|the plan|this)\b|\bstash (?:of )?(?:them|pills|meds)\b|\bfor when i (?:give up|decide|am ready|m ready|im ready)\b",
        # Stockpiling medication, and a decision to die once someone else is cared for or gone.
        r"\b(?:putting|put|setting|set|saving|saved|stockpiling|hoarding|stashing) (?:aside |away )?(?:all )?(?:of )?(?:my |her |his )?(?:\w+ )?(?:pills|tablets|meds|medication)\b.{0,60}\b(?:worth saved|enough to|for when)\b|\bin case i (?:decide|choose) (?:that )?(?:i am|im) done\b",
        r"\bafter (?:she|he|they|my \w+) (?:passes|pass|dies|die|is gone|goes)\b.{0,30}\bim going (?:too|as well|with (?:her|him|them))\b|\b(?:i|already|exactly) know (?:exactly )?how and (?:where|when)\b(?! (?:to|the|your|you|it|its|i|we)\b)",
        r"\b(?:live|be alive) long enough\b(?=.*\b(?:dont|not|wont)\b)|\b(?:dont|do not) think ill live\b|\bsaid (?:my )?goodbyes\b",
        r"\bnot waking up\b|\b(?:bye|goodbye) sorry\b|\bsorry bye\b|\bit (?:all )?ends (?:today|tonight|now|here)\b",
        r"\boff (?:the|an|a) (?:overpass|bridge|roof|building|cliff|balcony|window)\b|\bim gone (?:tonight|today|now|soon)\b|\bdeeper this time\b|\bblood blood\b",
        r"\bquit(?:o|ar|arme|arse) la vida\b|\bseguir viviendo\b|\btodas (?:las|mis) pastillas\b|\birme con (?:el|ella)\b|\bdejar de existir\b",
        r"\bsoga\b|\bsiga viv[oa]\b|\ben el puente\b|\bhacer(?:le|me)? dano\b|\bcuerpo se apague\b|\besta noche me voy\b|\bno veo (?:ninguna )?salida\b|\btodo planeado\b",
        r"^(?=.*\b(?:calm|peaceful|at peace)\b)(?=.*\b(?:decision|decided|know what im doing|arranged|in order|gave|given|goodbye)\b)",
        r"\bsorry for everything\b|^(?=.*\b(?:hasnt answered|isnt answering|not answering|wont answer|not picking up|isnt picking up|wont pick up)\b)(?=.*\b(?:sorry|goodbye|note|letter|pills|last thing)\b)",
        r"\bsomething i (?:cant|can not|wont be able to) (?:take back|undo)\b|\bmake sure i (?:say|said) goodbye\b|\blooking down at the (?:water|street|tracks|road)\b",
        r"\bon (?:the|a) (?:\w+ ){0,2}bridge\b.{0,30}\b(?:looking down|water|right now|jump\w*)\b",
        r"\b(?:my|her|his) last (?:month|week|day|night|weekend)\b(?=.*\b(?:decided|alive|sure)\b)|\bdecided this is\b",
        r"\b(?:put|putting|got|getting) (?:everything|things|my affairs|it all) in order\b|\beverything(?:s| is) arranged\b",
        r"\b(?:might|may) not pull away\b|\bdrift\w* (?:toward|towards|into) (?:the|a) (?:\w+ )?(?:wall|median|barrier|traffic|edge)\b",
        r"^(?=.*\b(?:pills|pill|meds)\b)(?=.*\b(?:note|letter)\b)(?=.*\b(?:hidden|hiding|found|stash\w*)\b)",
        r"\bfade (?:out|away)\b|\bmade my decision\b(?=.*\b(?:arranged|peace|calm|order|goodbye|ready)\b)",
        r"\b(?:people on (?:the )?tv|voices?|the radio)\b.{0,40}\b(?:tell|telling|told|say|says|said)\b|\bcut out (?:the )?parts of me\b",
        r"\b(?:wouldnt|would not|dont) mind (?:not existing|not being here|dying|not waking up|if i died)\b",
        r"\b(?:if|hope|wish) (?:a|the) (?:truck|car|bus|train) (?:\w+ )?(?:hit|hits|ran over|runs over) me\b|\bswerv\w* into\b",
        r"\bit wont matter (?:anymore|any more|after)\b|\breasons? (?:left )?to (?:stick around|stay around)\b",
        r"\bnot sure how many\b(?=.*\b(?:took|take|pills|xanax|drank)\b)|\btook extra\b.{0,30}\b(?:not sure|dont know|spinning|drank)\b",
        r"\bbetter off with (?:a different|another|someone else)\b|\bnot eating until\b|\bcheck\w* out early\b",
        r"\b(?:take|taking|took) myself out of (?:the picture|the equation|this world)\b|\bsorted (?:out )?my affairs\b",
        r"\b(?:top (?:level|floor)|roof)\b.*\bthinking about it\b|\bhow many more days i can (?:hold on|keep going|take|last)\b",
        r"\b(?:have|got) a plan for (?:tonight|today|this weekend)\b|\btrying to hold off\b",
        r"\bput (?:me|you|us|him|her|them) in the ground\b|\b(?:already )?decided how\b|\bbody to (?:give out|give up|shut down|stop)\b",
        r"\bstopped eating\b(?=.*\b(?:not a diet|give out|want to|die|disappear|point|anymore)\b)",
        r"\bdriv\w* (?:\w+ ){0,2}(?:car )?into (?:the|a) (?:lake|river|ocean|sea|wall|tree|median|traffic|crowd|bridge|pole|truck)\b",
        r"\b(?:walk|step|run|jump)\w* (?:out )?(?:into|in front of) (?:traffic|(?:a|the) (?:car|bus|train|truck|subway))\b",
        r"\bgave (?:me|away) (?:her|his|their|my) (?:cat|dog|pets?|kids?|children)\b|\bwant(?:ed)? someone to know\b",
        r"\bim done\b.{0,15}\b(?:tonight|today|for good|forever|with (?:it|this|everything))\b|\bim out\b.{0,40}\bdecided\b",
        r"\b(?:not sure|dont think) ill (?:still )?be (?:around|here|alive)\b|\b(?:stood|standing|sat|sitting) on (?:the|a) bridge\b",
        r"\b(?:wrote|written|made|write|writing|updated) (?:a|my) will\b.{0,60}\b(?:letter|note|kids|goodbye|week|tonight|given|gave|giving)\b",
        r"\b(?:wants?|want|ready|going) to (?:go )?be with (?:\w+ )?(?:grandpa|grandma|mom|dad|mother|father|wife|husband|son|daughter|god|jesus|him|her|them)\b",
        r"\ball (?:of )?(?:her|his|my|their) (?:pills|meds|medication)\b.{0,20}\b(?:together|ready|gathered|out|lined up)\b|\bget all (?:her|his|my) pills\b",
        r"\b(?:scared|afraid|terrified) to (?:go|be) (?:outside|home|back home|back)\b|\bstalk\w*\b|\bnever get away\b",
        r"\bmatar\b|\bcuchillo\b|\bpistola\b|\bsuicid\w*|\bmorir(?:me)?\b|\bno quiero vivir\b",
        r"\bquitar(?:me|se) la vida\b|\bmatar(?:me|se|te)\b|\bme (?:corte|corto|lastimo|lastime|hago dano)\b|\bya no voy a estar\b",
        r"\bamenaz\w* con matar\w*|\bquiero desaparecer\b|\bya no aguanto\b",
        r"\bno tiene sentido (?:vivir|seguir)\b|\bnadie me (?:va a )?(?:extranar|extrana|echara de menos)\b",
        r"\b(?:me voy a )?despedir(?:me)? de todos\b|\b(?:ya )?tome mi decision\b",
        r"\b(?:wont|will not) need (?:it|them|the (?:appointment|session|sessions))\b(?=.{0,80}\b(?:tonight|anymore|after today)\b)",
        r"\b(?:tallest|highest) (?:building|bridge|garage|parking garage|roof|rooftop|cliff)\b.{0,60}\bhigh enough\b",
        r"\b(?:roof|bridge|building|ledge|balcony|cliff|overpass)\b.{0,40}\bhigh enough\b",
        r"\blet(?:ting)? go of the (?:steering )?wheel\b|\bthink\w* about (?:just )?(?:swerving|crashing|driving off)\b",
        r"\b(?:dont|do not|no longer) (?:\w+ ){0,3}want to (?:be alive|exist|live anymore|be here anymore)\b",
        r"\bmy last (?:message|text)\b.{0,30}\b(?:goodbye|bye|farewell)\b|\bwont make it to anything\b",
        r"\b(?:nobody|no one|noone) (?:will|would|is going to|gonna) (?:even )?miss (?:me|him|her|them)\b",
        r"\bwont be (?:a problem|a burden|around|here) (?:for anyone |to anyone )?(?:much|for much) longer\b",
    ],
    # Wanting to die and suicide in other languages spoken in the clinic's area (Spanish is in the
    # groups above). Written with their accents; they are folded as the text is before matching.
    "other languages": [
        r"\bquero (?:morrer|me matar)\b|\bme matar\b|\bnão (?:aguento|quero) mais viver\b|\btirar (?:a )?(?:minha )?(?:própria )?vida\b",
        r"\bme mato\b(?! (?:de|trabajando|estudiando|por|con|corriendo|en|a|haciendo|limpiando|la|el|lo|los|las|mi|tu|su)\b)",
        r"\bje veux mourir\b|\bme (?:tuer|suicider)\b|\bmettre fin à (?:mes|ma|ses|sa) (?:jours|vie)\b|\ben finir avec (?:la vie|tout)\b",
        r"\bmuốn chết\b|\btự sát\b|\bkhông muốn sống\b|\bchết cho xong\b|\buống (?:hết|cả|nhiều) .{0,25}\bthuốc\b",
        r"\b(?:gusto|gustong|gusto ko|gusto na) (?:\w+ ){0,2}mamatay\b|\bmagpakamatay\b|\bayoko (?:na|nang) mabuhay\b",
        r"\bvle mouri\b|\bpa vle viv\b|\btouye tèt (?:mwen|li)\b",
        r"想死|自杀|自殺|不想活|活不下去|活着没意思|活著沒意思|一了百了|轻生|輕生|结束(?:自己的)?生命|結束(?:自己的)?生命|跳楼|跳樓",
        r"죽고 싶|자살|살기 싫|살고 싶지 않|극단적 선택|死にたい|消えたい|自殺したい",
        r"\bхочу умереть\b|\bпокончить с собой\b|\bне хочу жить\b",
        r"أريد أن أموت|انتحار|أقتل نفسي",
        r"\bchcę umrzeć\b|\bzabić się\b|\bodebrać sobie życie\b",
        r"\bmarna chah(?:ta|ti|te)\b|\bjeena nahi chah(?:ta|ti|te)\b|\bkhudkushi\b|\baatmahatya\b",
        r"आत्महत्या|ख़ुदकुशी|खुदकुशी|ਆਤਮਹੱਤਿਆ|ਖੁਦਕੁਸ਼ੀ|আত্মহত্যা|خودکشی|خود کشی",
    ],
    "overdose": [
        rf"\b(?:took|take|taking|swallowed|swallow|swallowing|ate|downed|popped) (?:all|a bunch|a handful|handfuls|too many|so many|way too many|a lot|the whole|the rest|every|lots|a bottle|a box|a pack|\d+)(?: \w+){{0,5}} (?:{DRUGS}|bottle)\b",
        rf"\b(?:sitting|sat|here|alone)\b.{{0,30}}\b(?:with|and) (?:all )?(?:my |the )?{DRUGS}\b",
        r"\b(?:overdos\w*|od) on (?:my |his |her |their |all |the |some |a )?(?:\w+ )?(?:pills|meds|medication|medicine|tablets|tylenol|insulin|heroin|fentanyl|opioids|xanax|painkillers|sleeping)",
        r"\b(?:i|ive|i have|he|she|they|hes|shes|theyve|just|already|think i|think he|think she|may have|might have|accidentally|intentionally)(?: \w+)? (?:overdosed|oded)\b",
        r"\b(?:took|taken|take|taking) an? (?:overdose|od)\b",
        rf"\b{WANT} (?:to )?(?:overdose|od)\b",
        r"\boverdos\w*|\bstockpil\w*|\bhoard\w* (?:my |his |her )?(?:pills|meds|medication)",
        rf"\b(?:saving|saved|collecting|stashing|stashed|hoarding) (?:up )?(?:all )?(?:my |his |her )?(?:\w+ )?{DRUGS}",
        r"\b(?:took|take|taking|swallowed|swallow|swallowing|downed|popped) (?:like |about |around |maybe |almost |over |nearly )?(?:them all|all of them|everything|the whole|a whole|my whole|\d+ of|(?:ten|fifteen|twenty|thirty|forty|fifty|a dozen|two dozen|a hundred) of|(?:too|to|way too|so) many)\b",
        rf"\b{DRUGS} (?:saved|stashed|stockpiled|hoarded|ready|collected)\b",
        rf"\bhow many\b.{{0,30}}\b{DRUGS}\b.{{0,30}}\b(?:take|kill|enough|would it|does it)\b",
        rf"\b{DRUGS}\b.*\b(?:lined up|on the table in front|in front of me|counted out|ready to take)",
        rf"\bmix\w* (?:my |the |all my )?(?:\w+ )?{DRUGS} with (?:\w+ ){{0,3}}(?:alcohol|vodka|wine|booze|whiskey|beer|liquor|drinks)",
        rf"\bon purpose\b.*\b(?:{DRUGS}|took|cut|burn\w*|hurt|crash\w*|overdos\w*|drop\w*|slam\w*|hit\w*|bang\w*|stopped)|\b(?:{DRUGS}|took|cut|burn\w*|hurt|crash\w*|overdos\w*|drop\w*|slam\w*|hit\w*|bang\w*|stopped)\b.*\bon purpose\b",
        r"\bmedicine cabinet\b.*\b(?:swallow|take|took|everything|all)\b|\bswallow\w* everything\b",
        r"\b(?:garage|car)\b.*\bengine (?:running|on)\b",
    ],
    "danger to or from someone else": [
        rf"\b(?:going to|gonna|will|want to|wanna|about to) (?:hurt|kill|stab|shoot|beat up|attack|strangle) (?:my )?(?:step ?)?(?:{FAMILY}|boss|landlord|him|her|someone|somebody)\b",
        rf"\b(?:threaten\w*|going to|gonna|wants? to|wanted to|tried to|trying to|will|would|said (?:he|she|they)(?:d| would| will| was going to| is going to| wants to)) (?:kill|murder|hurt|shoot|stab|strangle|choke|beat) {PERSON}\b",
        rf"\b(?:afraid|scared|worried|terrified) (?:that )?(?:i|id|ill|im going to|i will|i might|i may|i could) (?:\w+ )?(?:hurt|kill|harm|shake|drown|smother) {PERSON}\b",
        rf"\bi (?:want|wanna|am going|m going|feel like|have thoughts about|keep thinking about|cant stop thinking about)(?: to)? (?:hurt|hurting|kill|killing|harm|harming|shoot|shooting|stab|stabbing) {PERSON}\b",
        rf"\b(?:thoughts|urges|urge) (?:of|about|to) (?:hurting|killing|harming|hurt|kill|harm) {PERSON}\b",
        r"\b(?:he|she|they|my \w+) (?:beats|beat|hits|hit|choked|chokes|strangled|strangles|attacked|attacks) (?:me|my)\b",
        r"\b(?:afraid|scared|fear|fearing) for my (?:life|safety)\b",
        r"^(?=.*\b(?:guns?|firearms?|rifle|pistol|revolver|shotgun|knife|knives|weapons?|strap)\b)(?=.*\b(?:kill\w*|hurt\w*|threat\w*|scared|afraid|terrified|myself|himself|herself|themselves|shoot\w*|stab\w*|point\w*|wav\w*|outside my|in the house|at home|my head|my wrists?|end it|die|dying|using it|use it|loaded|bought|buying|"
        r"lap|staring|for good|in my hand|holding|nightstand|goodbye|giving away|date is set|"
        r"out on the|on the table|someone to know|not lol|for when|ready|by the bed|hid|know where|no one would care|"
        r"nobody would care|tonight|mouth)\b)",
        r"^(?=.*\bgoodbye\b)(?=.*\b(?:wont|isnt|not|stopped) (?:pick|picking|answer\w*|respond\w*)\b)",
        r"\bthreaten\w* (?:to )?(?:kill|hurt|shoot|stab|harm|end|burn)\b",
        r"\bbreak(?:ing)? (?:into|in)\b.{0,20}\b(?:house|apartment|home|place|room)\b|\bintruder\b",
        r"\b(?:shak\w*|smother\w*|drown\w*|suffocat\w*) (?:my|the) (?:baby|infant|newborn|child|kid|kids|son|daughter)\b",
        r"\b(?:get|gets|getting|be) killed\b",
        r"\b(?:not|dont feel) safe (?:at home|with him|with her|with them|around him|around her)\b",
        r"\b(?:has|got|with|holding|bought) a (?:gun|knife|weapon)\b.*\b(?:kill|hurt|threat|scared|himself|herself|themselves|me)\b",
        r"\b(?:im|i am|were|we are|hes|he is|shes|she is|theyre|they are|my \w+ is) in (?:immediate |real )?danger\b(?! of)",
    ],
    # Learned from the first blind set of crisis messages typed as answers to the intake form: the risk
    # comes after an ordinary answer ("mornings. if I'm still here", "yes send. im on the ledge").
    "risk after an ordinary answer": [
        r"\bif (?:im|i am) (?:still )?(?:here|alive|around|breathing)\b",
        r"\bif i (?:make it|last|survive)\b(?! (?:on time|there|in time|to the))|\bassuming i (?:make it|survive|last)\b",
        r"\bif theres (?:still )?(?:a me|anything left of me)\b",
        r"\bby the time (?:anyone|someone|they|you|u) (?:calls?|gets? here|reach\w*|texts?)\b.{0,40}\b(?:gone|done it|too late|dead)\b",
        r"\b(?:they|youll|you will|theyll|it will|itll|you|theyd) (?:\w+ )?be too late\b",
        r"\bwhen (?:they|someone|you|u) finds? (?:me|my body)\b",
        r"\b(?:im|i am) (?:on|at) the (?:ledge|roof|edge)\b|\b(?:im|i am) on the bridge\b(?= *$| (?:rn|now|tonight|right now)\b)",
        r"\b(?:have|got|holding) (?:the|a|my) (?:knife|gun|rope|pills|blade|razor) (?:here|with me|ready|in my hand|next to me|out)\b",
        r"\bthats when i cut\b|\bcutting is the only\b",
        r"\b(?:going to|gonna|about to) jump\b(?! (?:in|into|on|at|over|through|rope|around|ahead|the gun))",
        r"\bobituary\b",
        r"\b(?:is|s|isnt|is not) (?:unconscious|not breathing|not waking up|turning blue)\b",
        r"\bhurt the (?:people|person|guy|ones) who\b|\bi know where (?:they|he|she) li?ves?\b",
        r"\babout to die,? like me\b|\bwont matter (?:soon|anymore|after tonight)\b",
        r"\b(?:about to die|dying|dead|going to die) and so am i\b",
        r"^(?!.*\b(?:grill\w*|bbq|barbecue|cookout|briquettes)\b)(?=.*\bcharcoal\b)(?=.*\b(?:tape|taped|seal\w*|car|garage)\b)",
        r"\b(?:hop|pray|wish)\w* (?:that )?my heart (?:just |would |will )?stops?\b",
        r"\bhold\w* my (?:head|face) under (?:the )?(?:bath ?water|tub|bath)\b|\bhold\w* my (?:head|face) under\b.{0,40}\b(?:until|till|how long)\b",
    ],
}

# Idioms and ordinary questions that share words with the lexicon; their spans are removed
# before matching.
# What follows talk about suicide as a topic when the writer turns to themselves after all ("...? Because
# I've been having them"); a topic exception does not apply then.
NOT_ABOUT_ME = (
    r"(?!.{0,60}\b(?:but (?:i|im|ive|my|lately|recently|sometimes|now)|because (?:im|its|it is|ive been|i have (?:them|had)|i keep|i feel|"
    r"i think about|mine|they)|asking for (?:myself|me)|having them|have them|i have (?:them|had)|ive been|ive had|im having|"
    r"im feeling|mine|my own|already|again|lately|right now|theyre|they are|every day)\b)"
)

# A denial followed by "but" ("I'm not suicidal but ...") is not a denial.
UNLESS_BUT = r"(?!.{0,20}\bbut\b)"

EXCEPTIONS = [
    # A promise of safety after a crisis answer: "I'm not going to hurt myself", "I won't do anything".
    r"(?<!\bsure )(?<!\bif )(?<!\bpromise )(?<!\bsure im )(?<!\bif im )"
    r"\b(?:not|never) (?:going|gonna) (?:to )?(?:hurt|harm|kill|do anything to) (?:myself|meself)\b(?!.{0,20}\bbut\b)",
    r"(?<!\bsure i )(?<!\bif i )(?<!\bpromise i )(?<!\bknow i )"
    r"\b(?:wont|will not|would never|will never) (?:hurt|harm|kill) (?:myself|meself)\b(?!.{0,20}\bbut\b)",
    r"\b(?:will|gonna|going to|would|is going to|are going to|gon) kill me if (?:i|im)\b(?= (?:forget|forgot|miss|missed|am late|m late|late|dont|skip|lose|break|spend|buy|eat|drink|show up|get|am not|m not|gone too long|gone long|home late|come home late|sign up|book))",
    r"\bcut (?:myself|himself|herself) (?:shaving|cooking|on (?:a|the|some)|with (?:a|the) (?:kitchen|paper|razor while))\b",
    r"\b(?:possible to|can you|could you|can i|could i|can someone|cant|cannot|can not|couldnt|avoid|avoiding|not to|never|to not|without|risk of|chance of|how not to) (?:\w+ )?(?:overdos(?:e|ing)|od)\b",
    r"\boverdos\w* on (?:coffee|caffeine|espresso|sugar|candy|chocolate|tv|netflix|work|shows|news|carbs|cookies|podcasts|sleep|studying)\b",
    r"\bdie (?:my|her|his|their|your) hair\b|\bhair die\b",
    r"\b(?:battery|batteries|phone|phones|laptop|car|plant|plants|charger)\b(?: \w+){0,3} die\b(?!,? (?:and so am i|like me|and so will i|and me too)\b)",
    r"\b(?:rope climbing|climbing rope|jump rope|jumping rope|ropes? course|tow rope)\b",
    r"\b(?:magnetic|coil|ray|laser|radar|massage|nail|glue|heat|staple|spray|water|nerf|temperature|thermometer) guns?\b",
    r"\bhopeless (?:with|at) (?!life|living|everything|myself)",
    r"\b(?:kitchen|butter|steak|bread|dull|sharp) knives?\b|\bsharpen\w* (?:\w+ )?knives?\b",
    r"\b(?:shotgun|bb|gun|bullet) (?:pellets?|fragments?|shrapnel)\b|\bhunting accident\b",
    r"\b(?:is|are|can) (?:tms|it|the (?:pulses|coil|magnet|scan|mri|treatment))\b.{0,15}\blethal\b",
    r"\bjump\w* the gun\b|\b(?:nail|glue|heat|staple|spray|water|massage|nerf|temperature|thermometer) guns?\b",
    r"\b(?:id|i would|i will|ill) die if\b",
    r"\b(?:price|prices|cost|costs|bill|bills|commute|traffic|wait|drive|heat|rent|copay|fees?|this|that|it|paperwork)\b (?:is |are )?(?:going to|gonna|will|would) kill me\b",
    r"\bim dead\b(?=.*\b(?:lol|lmao|haha|hahaha|rofl)\b)",
    r"\bdying to\b|\bto die for\b|\bkilling (?:me|it)\b(?! (?:softly|slowly))",
    r"\b(?:mourir|morrer|morir(?:me)?) de (?:rire|rir|risa|faim|fome|hambre|envie|vontade|ganas|saudade|chaud|calor|froid|frio|medo|miedo|peur)\b",
    r"\b(?:nóng|lạnh|mệt|đói|buồn ngủ|chán|sợ) muốn chết\b",
    r"[热熱累饿餓烦煩困笑冷忙痛疼][得的]?(?:想死|要死|死了)",
    r"\b(?:going to|will|would) kill me\b(?= (?:lol|lmao|haha|hahaha|jk|rofl)\b)",
    # "what's the point of the imaging step", unless the point in question is living.
    r"\bwhats? (?:is )?the point of (?:the|this|that|these|those|a|an|each|every|doing the|having the|getting the) "
    r"(?!(?:\w+ ){0,2}(?:life|living|anything|everything|trying|it all|going on|world|being alive|me|myself)\b)",
    # "if i have to fill out one more form im going to die", unless what they have to do is living.
    r"\bif i (?:have to|gotta|need to) (?!(?:\w+ ){0,3}(?:live|living|go on|wake up|feel|keep going|be alive|exist))"
    r"(?:\w+ ){1,12}(?:im|i am|ill|i will|i might) (?:going to |literally |actually )*die\b",
    r"\bdying for (?:a|an|some|the|my)\b|\bdied (?:laughing|of (?:laughter|embarrassment|boredom))\b|\bknocks? (?:em|them) dead\b",
    r"\bdead (?:serious|tired|on my feet|end|center|set|last|quiet|battery)\b|\b(?:phone|meter|battery|laptop|car|printer|charger|remote|mouse|tablet|line|batteries) (?:\w+ )?(?:is|was|went|are) dead\b",
    r"\b(?:phone|meter|battery|laptop|car|printer|charger|tablet|batteries|coil|machine|device|magnet|stimulator|equipment|computer) (?:\w+ ){0,2}(?:died|die|dies|dying)\b",
    r"\btake a stab at\b|\bhang (?:up|tight|out|on a (?:sec|second|minute))\b|\bmurder mystery\b|\b(?:memory|brain|nerves) (?:is|are) shot\b",
    r"\b(?:is (?:it|that|this)|count as|considered) an overdose\b|\bkeep taking\b|\bpill (?:organizer|organiser|box|case)\b",
    r"\bgone (?:on|for|until|till|to)\b(?! (?:good|ever|the other side|heaven|a better place))",
    r"\bblood (?:pressure|test|tests|work|sugar|draw|thinners?|donation)\b|\b(?:hate|sorry|dont want) to be a burden\b(?=.*\bbut\b)",
    r"\b(?:died|passed away|lost \w+(?: \w+)?) (?:by|to) suicide\b(?=.{0,60}\b(?:history|years ago|\d{4}s?|when i was|before i was born)\b)",
    r"\bused to (?:feel|be) hopeless\b|\bshoot (?:me|you|us) (?:a|an) (?:text|email|message|call|line|note)\b|\boverdose risk\b|\brisk of (?:an )?overdose\b",
    r"\btook my (?:usual|daily|morning|evening|regular|prescribed|normal) (?:\w+ )?(?:pills|meds|medication|medications|dose)\b",
    r"\bend of my rope with (?:this|the|these|that|your|parking|traffic|work)\b",
    r"\bscreen\w* (?:\w+ ){0,2}for suicid\w*(?: risk| ideation| thoughts)?\b|\bsuicide (?:risk )?(?:screening|assessment|questionnaire)\b",
    r"\b(?:i |we )?shoot (?:at|on) (?:a|the) (?:gun |shooting |rifle )?range\b|\b(?:gun|shooting|rifle|firing) range\b",
    r"\b(?:get|getting|put|putting) my affairs in order\b(?=.{0,60}\b(?:paperwork|fmla|forms?|work|insurance|leave|job|employer|hr)\b)",
    # Suicide as a topic of research or a risk to know about, unless the writer goes on about themselves.
    r"\bsuicid\w*(?: (?:thoughts|thinking|ideation|rates?|risk|attempts))? (?:in|from|among) (?:the )?(?:studies|research|trials|patients|teens|adults|veterans)\b" + NOT_ABOUT_ME,
    r"\b(?:studies|study|research|trials?|papers?|thesis|class|rates?|statistics|literature|evidence)\b(?: \w+){0,5} suicid\w*" + NOT_ABOUT_ME,
    r"\b(?:risk|rates?|chance|odds|increase|black box warning) (?:of|in|for) suicid\w*(?: thoughts| thinking| ideation)?\b" + NOT_ABOUT_ME,
    # Suicidal thoughts asked about as a side effect ("can TMS make suicidal thoughts worse at first?").
    r"\b(?:make|makes|making|cause|causes|causing|increase|increases|worsen|worsens|trigger|triggers|bring on|brings on)"
    r"(?: \w+){0,4} (?:suicid\w*|self harm)(?: thoughts| thinking| ideation| feelings)?\b(?! (?:stop|go away|quiet))" + NOT_ABOUT_ME,
    # A screening question about being better off dead answered "not at all" / 0.
    r"\b(?:better off dead|thoughts of (?:death|dying|suicide|hurting yourself))\b(?=.{0,80}\b(?:answered|answer|answers|answer was|answer is|"
    r"put|said|marked|checked|circled|picked|chose|scored)(?: it as| as| a)? (?:0|zero|not at all|no|none|never)\b)",
    # Denials: "I'm safe, not thinking of hurting myself", "I've never been suicidal", "no thoughts of
    # harming myself".
    r"\b(?:not|never|no|nor|without|dont have|do not have|havent had|have not had|arent|isnt)\b"
    r"(?: (?:i|im|am|been|ever|really|currently|having|had|any|feeling|felt|even|remotely)){0,3} "
    r"(?:thinking (?:of|about) |thoughts (?:of|about) |intention of |intent to |planning (?:to|on) |"
    r"wanting to |want to |felt |feel |feeling |been |having |had )?"
    r"(?:suicidal(?: thoughts| ideation)?|hurting myself|harming myself|killing myself|hurt myself|harm myself|"
    r"kill myself|self harm(?:ing)?|thoughts of suicide)\b" + UNLESS_BUT,
    r"\bnot (?:a )?(?:danger|dangerous|threat|risk) to (?:myself|me|anyone|anybody|others)(?: or (?:anyone|anybody|others|myself))?\b"
    + UNLESS_BUT,
    r"\b(?:no|not having any|dont have any|havent had any|without any|not any) (?:dark|bad|suicidal|scary|self harm) (?:thoughts|urges)\b"
    + UNLESS_BUT,
]

# Words that come with distress. The trained crisis intent counts only for a message that has one of
# them, so it cannot turn "my mood has been lighter this week" into a crisis.
DISTRESS_CUES = (
    r"\b(?:die|died|dying|dead|death|kill\w*|suicid\w*|hurt\w*|harm\w*|cut\w*|burn\w*|bleed\w*|blood|"
    r"overdos\w*|end|ending|ended|gone|goodbye|bye|hopeless\w*|worthless|burden|alone|pain|suffer\w*|"
    r"jump\w*|bridge|roof|ledge|tracks|gun|knife|rope|hang\w*|drown\w*|shoot\w*|stab\w*|chok\w*|abus\w*|"
    r"threat\w*|hit|hits|beat\w*|scared|afraid|terrified|unsafe|safe|anymore|no point|give up|giving up|tired|"
    r"forgive|plan\w*|disappear\w*|forever|permanent\w*|finish\w*|escape|exit|weapon|"
    r"hospital|er|attempt\w*|relaps\w*|scars?|sh|trapped|numb|empty|live|living|alive|exist\w*|cant|"
    r"hold on|hang on|emergency|danger\w*|myself|without me|going on|future|swallow\w*|bottle|unaliv\w*|"
    r"sewer\w*|ctb|kms|kys|yeet|garage|engine|shak\w*|hiding|break\w* in|scare\w*|much longer|"
    r"better off|goodbyes?|farewell|methods|neck|rail\w*|wall|date|arranged|eaten|eating|stroke|course|follow|"
    r"pistol|barrel|bury|body|throat|bullet|miss|parked|stash|nerve|overpass|purpose|"
    r"vida|morir|pastillas|puente|soga|existir|salida|dano|matar\w*)\b"
)

# Chat spellings expanded before matching; keys are whole tokens of the normalized text.
SPELLINGS = {
    "u": "you", "b": "be", "w": "with", "wud": "would", "goin": "going", "evrything": "everything",
    "2nite": "tonight", "2night": "tonight", "jmp": "jump", "brige": "bridge", "wnat": "want",
    "finna": "going to", "tmrw": "tomorrow", "ur": "your", "wanna": "want to", "wana": "want to", "wan": "want",
    "gonna": "going to", "gotta": "have to", "idont": "i dont", "n": "and", "bc": "because",
    "cuz": "because", "rn": "right now", "tonite": "tonight",
    "kil": "kill", "myslef": "myself", "mysef": "myself", "mself": "myself", "lyfe": "life", "lif": "life",
    "pils": "pills", "dei": "die", "dye": "die", "ded": "dead", "purpuse": "purpose",
    "killin": "killing", "hurtin": "hurting", "cuttin": "cutting", "livin": "living",
    "abt": "about", "cnt": "cant", "stp": "stop", "thnk": "think", "thnkng": "thinking", "th": "the",
    "nr": "near", "brdg": "bridge", "jmp": "jump", "jumpng": "jumping", "wnt": "want", "dnt": "dont",
    "mysf": "myself", "evry1": "everyone", "ppl": "people", "nvm": "never mind", "pls": "please",
}
# Misspellings of these words ("sucide", "suicidle", "overdozed") are corrected before matching.
KEY_WORDS = ["suicide", "suicidal", "myself", "overdose", "overdosed", "overdosing"]
FUZZY_CUTOFF = 0.8
MIN_FUZZY_LENGTH = 5

# Emoji read as the words they stand for.
EMOJI_WORDS = {
    "\U0001F52A": "knife", "\U0001FA78": "blood", "\U0001F48A": "pills", "\U0001F52B": "gun",
    "\u26B0": "coffin", "\U0001FAA6": "grave", "\U0001FAA2": "rope",
}
APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"

# After a crisis answer: the person (or the relative they write about) says they are safe now. Read
# on normalized text (lowercase, no apostrophes), only in the turn after a crisis answer.
SAFE_STATEMENTS = (
    r"\b(?:im|i am|ill be|we are|were|(?:he|she|they|it|my \w+)(?: is|s| are)?) (?:(?!not\b|never\b)\w+ )?(?:safe|ok|okay|fine|alright|all right)\b(?! (?:to|with|if)\b)"
    r"|\bnot (?:in (?:any )?danger|suicidal|going to (?:do|hurt) (?:anything|myself|himself|herself))\b"
    r"|\b(?:i )?(?:wont|will not|am not going to|not gonna) (?:do anything|hurt (?:myself|anyone))\b"
    r"|\b(?:didnt|did not) mean (?:it )?(?:like that|that way|literally)\b|\bno danger\b|\bnot at risk\b"
    r"|\b(?:is|are) (?:with (?:me|us|my \w+)|home|asleep|sleeping) (?:now|safe)\b|\bsafe now\b"
)
