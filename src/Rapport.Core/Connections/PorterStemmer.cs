namespace Rapport.Core.Connections;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English, so "gardening", "gardener" and "gardens" meet at
/// "garden". Lexicon terms pass through the same stemmer, so words of other languages still match themselves.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsAsciiLower(word))
        {
            return word;
        }

        var b = word.ToCharArray();
        var k = b.Length - 1;
        k = Step1Ab(b, k);
        if (k > 0)
        {
            k = Step1C(b, k);
            k = Step2(b, k);
            k = Step3(b, k);
            k = Step4(b, k);
            k = Step5(b, k);
        }

        return new string(b, 0, k + 1);
    }

    private static bool IsAsciiLower(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConsonant(char[] b, int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(b, i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences in b[0..j].</summary>
    private static int Measure(char[] b, int j)
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > j)
            {
                return n;
            }

            if (!IsConsonant(b, i))
            {
                break;
            }

            i++;
        }

        i++;
        while (true)
        {
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (IsConsonant(b, i))
                {
                    break;
                }

                i++;
            }

            i++;
            n++;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!IsConsonant(b, i))
                {
                    break;
                }

                i++;
            }

            i++;
        }
    }

    private static bool VowelInStem(char[] b, int j)
    {
        for (var i = 0; i <= j; i++)
        {
            if (!IsConsonant(b, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DoubleConsonant(char[] b, int j) => j >= 1 && b[j] == b[j - 1] && IsConsonant(b, j);

    private static bool Cvc(char[] b, int i)
    {
        if (i < 2 || !IsConsonant(b, i) || IsConsonant(b, i - 1) || !IsConsonant(b, i - 2))
        {
            return false;
        }

        return b[i] is not ('w' or 'x' or 'y');
    }

    private static bool EndsWith(char[] b, int k, string suffix, out int j)
    {
        j = k - suffix.Length;
        if (suffix.Length > k + 1)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (b[j + 1 + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int SetTo(char[] b, int j, string replacement)
    {
        for (var i = 0; i < replacement.Length; i++)
        {
            b[j + 1 + i] = replacement[i];
        }

        return j + replacement.Length;
    }

    private static int Step1Ab(char[] b, int k)
    {
        if (b[k] == 's')
        {
            if (EndsWith(b, k, "sses", out var j))
            {
                k -= 2;
            }
            else if (EndsWith(b, k, "ies", out j))
            {
                k = SetTo(b, j, "i");
            }
            else if (k >= 1 && b[k - 1] != 's')
            {
                k--;
            }
        }

        if (EndsWith(b, k, "eed", out var stem))
        {
            if (Measure(b, stem) > 0)
            {
                k--;
            }
        }
        else if ((EndsWith(b, k, "ed", out stem) || EndsWith(b, k, "ing", out stem)) && VowelInStem(b, stem))
        {
            k = stem;
            if (EndsWith(b, k, "at", out var j))
            {
                k = SetTo(b, j, "ate");
            }
            else if (EndsWith(b, k, "bl", out j))
            {
                k = SetTo(b, j, "ble");
            }
            else if (EndsWith(b, k, "iz", out j))
            {
                k = SetTo(b, j, "ize");
            }
            else if (DoubleConsonant(b, k))
            {
                k--;
                if (b[k] is 'l' or 's' or 'z')
                {
                    k++;
                }
            }
            else if (Measure(b, k) == 1 && Cvc(b, k))
            {
                k = SetTo(b, k, "e");
            }
        }

        return k;
    }

    private static int Step1C(char[] b, int k)
    {
        if (EndsWith(b, k, "y", out var j) && VowelInStem(b, j))
        {
            b[k] = 'i';
        }

        return k;
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    private static int ApplyRules(char[] b, int k, (string Suffix, string Replacement)[] rules)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (EndsWith(b, k, suffix, out var j))
            {
                return Measure(b, j) > 0 ? SetTo(b, j, replacement) : k;
            }
        }

        return k;
    }

    private static int Step2(char[] b, int k) => k < 1 ? k : ApplyRules(b, k, Step2Rules);

    private static int Step3(char[] b, int k) => ApplyRules(b, k, Step3Rules);

    private static int Step4(char[] b, int k)
    {
        // Longest suffix first among those that share an ending ("ement" before "ment" before "ent").
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(b, k, suffix, out var j))
            {
                continue;
            }

            if (suffix == "ion" && (j < 0 || b[j] is not ('s' or 't')))
            {
                continue;
            }

            if (suffix is "ment" or "ent" && EndsWith(b, k, "ement", out _))
            {
                continue;
            }

            if (suffix == "ent" && EndsWith(b, k, "ment", out _))
            {
                continue;
            }

            return Measure(b, j) > 1 ? j : k;
        }

        return k;
    }

    private static int Step5(char[] b, int k)
    {
        if (b[k] == 'e')
        {
            var m = Measure(b, k - 1);
            if (m > 1 || (m == 1 && !Cvc(b, k - 1)))
            {
                k--;
            }
        }

        if (b[k] == 'l' && DoubleConsonant(b, k) && Measure(b, k - 1) > 1)
        {
            k--;
        }

        return k;
    }
}
