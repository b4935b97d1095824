using System.Globalization;

namespace Cpd.GraphQL.Execution;

/// <summary>Formats a finite double as ECMAScript's <c>Number.prototype.toString</c> (the shortest round-trip digits, JavaScript's layout).</summary>
internal static class JsNumberFormat
{
    /// <summary>Writes the number as ASCII into <paramref name="destination"/> (at least 32 bytes) and returns the length.</summary>
    public static int Format(double value, Span<byte> destination)
    {
        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        // .NET's "R" gives the shortest round-trip digits, e.g. "1.5", "-1E-07", "1.2345E+25".
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
        text = text[..written];
        var position = 0;
        if (text[0] == '-')
        {
            destination[position++] = (byte)'-';
            text = text[1..];
        }

        Span<char> digits = stackalloc char[24];
        var digitCount = 0;
        var pointAt = -1;
        var exponent = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                pointAt = digitCount;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[digitCount++] = c;
            }
        }

        if (pointAt < 0)
        {
            pointAt = digitCount;
        }

        // Strip leading zeros ("0.0001" has digits 00001 with the point after the first).
        var start = 0;
        while (start < digitCount - 1 && digits[start] == '0')
        {
            start++;
        }

        var end = digitCount;
        while (end > start + 1 && digits[end - 1] == '0')
        {
            end--;
        }

        var k = end - start;

        // n: the decimal exponent with value = 0.d1d2…dk × 10^n, as in ECMAScript's Number::toString.
        var n = pointAt - start + exponent;
        var significant = digits[start..end];
        if (k <= n && n <= 21)
        {
            position = Append(destination, position, significant);
            for (var i = 0; i < n - k; i++)
            {
                destination[position++] = (byte)'0';
            }
        }
        else if (0 < n && n <= 21)
        {
            position = Append(destination, position, significant[..n]);
            destination[position++] = (byte)'.';
            position = Append(destination, position, significant[n..]);
        }
        else if (-6 < n && n <= 0)
        {
            destination[position++] = (byte)'0';
            destination[position++] = (byte)'.';
            for (var i = 0; i < -n; i++)
            {
                destination[position++] = (byte)'0';
            }

            position = Append(destination, position, significant);
        }
        else
        {
            destination[position++] = (byte)significant[0];
            if (k > 1)
            {
                destination[position++] = (byte)'.';
                position = Append(destination, position, significant[1..]);
            }

            destination[position++] = (byte)'e';
            var e = n - 1;
            destination[position++] = e < 0 ? (byte)'-' : (byte)'+';
            e.TryFormat(destination[position..], out var w, default, CultureInfo.InvariantCulture);
            if (e < 0)
            {
                // TryFormat wrote the sign too; drop the duplicate.
                destination[(position + 1)..(position + w)].CopyTo(destination[position..]);
                w--;
            }

            position += w;
        }

        return position;
    }

    private static int Append(Span<byte> destination, int position, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            destination[position++] = (byte)c;
        }

        return position;
    }
}
