using System.Collections.Frozen;
using System.Text;

namespace Site.Core.Importing;

/// <summary>
/// Composes a Latin letter and the combining accent after it into the one character Unicode has for both ("u" and
/// U+0308 are "ü"), as NFC does: the site runs with invariant globalization, where <see cref="string.Normalize()"/>
/// leaves non-ASCII text as it is. TeX accents are decoded to such pairs, and files saved on macOS often hold them.
/// </summary>
internal static class CombiningMarks
{
    // Each accent with the letters it composes with, as pairs: the letter, then the composed character.
    private static readonly (char Mark, string Pairs)[] Table =
    [
        ('\u0300', "AÀEÈIÌNǸOÒUÙWẀYỲaàeèiìnǹoòuùwẁyỳ"),
        ('\u0301', "AÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹaácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzź"),
        ('\u0302', "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ"),
        ('\u0303', "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹ"),
        ('\u0304', "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳ"),
        ('\u0306', "AĂEĔGĞIĬOŎUŬaăeĕgğiĭoŏuŭ"),
        ('\u0307', "AȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻaȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzż"),
        ('\u0308', "AÄEËHḦIÏOÖUÜWẄXẌYŸaäeëhḧiïoötẗuüwẅxẍyÿ"),
        ('\u030A', "AÅUŮaåuůwẘyẙ"),
        ('\u030B', "OŐUŰoőuű"),
        ('\u030C', "AǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽaǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzž"),
        ('\u0323', "AẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒaạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓ"),
        ('\u0327', "CÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢcçdḑeȩgģhḩkķlļnņrŗsştţ"),
        ('\u0328', "AĄEĘIĮOǪUŲaąeęiįoǫuų"),
        ('\u0331', "BḆDḎKḴLḺNṈRṞTṮZẔbḇdḏhẖkḵlḻnṉrṟtṯzẕ"),
    ];

    private static readonly FrozenDictionary<(char Letter, char Mark), char> Composed = Build();

    /// <summary>The text with each letter-and-accent pair the table knows composed; other text unchanged.</summary>
    public static string Compose(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F');
        if (first <= 0)
        {
            return text;
        }

        var composed = new StringBuilder(text.Length);
        composed.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (composed.Length > 0 && Composed.TryGetValue((composed[^1], c), out var letter))
            {
                composed[^1] = letter;
            }
            else
            {
                composed.Append(c);
            }
        }

        return composed.ToString();
    }

    private static FrozenDictionary<(char Letter, char Mark), char> Build()
    {
        var pairs = new Dictionary<(char, char), char>();
        foreach (var (mark, letters) in Table)
        {
            for (var i = 0; i < letters.Length; i += 2)
            {
                pairs[(letters[i], mark)] = letters[i + 1];
            }
        }

        return pairs.ToFrozenDictionary();
    }
}
