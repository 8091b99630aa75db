package tokenize

// functionWords are the closed-class words (pronouns, prepositions,
// particles, demonstratives, relatives and common adverbs) the segmenter
// treats as known stems, written folded (ا for أ إ آ, ي for ى). This list is
// written for khabar; it is not taken from a dictionary. The single letters
// ل and ب stand for the prepositions carrying a pronoun (له → ل+ه).
const functionWords = `
ل ب
هو هي هم هما هن انا نحن انت انتم انتما انتن اياه اياها اياهم
هذا هذه هذان هاتان هذين هاتين هؤلاء ذلك تلك ذاك اولئك هنا هناك هنالك
الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي
من ما ماذا متي اين كيف كم لماذا هل اي اية
في علي الي عن مع منذ مذ حتي بين عند لدي لدن نحو حول خلال بعد قبل تحت فوق امام وراء خلف دون ضد عبر
مثل غير سوي الا ان لكن لا لم لن قد ليس ليست ثم او ام بل اذا اذ لو لولا كما بينما حيث حين عندما
كي لكي لذا لذلك كذلك ايضا فقط جدا كل بعض نفس ذات عدة الان الله اللهم
لقد انما كانما كان كانت يكون تكون سوف لعل ليت عسي اما فيما مما عما ممن عمن
`

// functionNoPronoun are the function words that never carry a pronoun
// enclitic (conjunctions, interrogatives, demonstratives, relatives), so
// that أمني is not أم+ني nor ثمه ثم+ه. Folded like functionWords.
const functionNoPronoun = `
او ام بل ثم لا لم لن قد هل ما ماذا متي كيف كم لماذا اين اذا اذ لو لولا كما بينما حيث حين عندما
هذا هذه هذان هاتان هذين هاتين هؤلاء ذلك تلك ذاك اولئك هنا هناك هنالك
الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي
هو هي هم هما هن انا نحن انت انتم انتما انتن كي لكي لذا لذلك كذلك ايضا فقط جدا الان الله سوف
`

// functionNoPreposition are the function words (conjunctions and particles)
// that never follow the prepositions ب ك ل, so that لاذ is not ل+إذ. Folded
// like functionWords.
const functionNoPreposition = `
او ام بل ثم لم لن قد هل اذ اذا لو لولا سوف كي لكي ليس ليست لقد لعل ليت عسي اما بينما عندما انما
`
