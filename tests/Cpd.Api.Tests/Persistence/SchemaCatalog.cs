using System.Data.Common;
using Cpd.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Persistence;

/// <summary>What a database's catalog says about its tables: columns, keys, indexes and foreign keys, one sorted line each.</summary>
internal static class SchemaCatalog
{
    public static async Task<List<string>> DescribeAsync(CpdDbContext db, DatabaseProvider provider)
    {
        var lines = provider == DatabaseProvider.Sqlite ? await DescribeSqliteAsync(db) : await DescribePostgreSqlAsync(db);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> DescribeSqliteAsync(CpdDbContext db)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')");
        foreach (var table in tables.Select(r => r[0]))
        {
            lines.AddRange((await QueryAsync(db, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')"))
                .Select(r => $"{table} column {string.Join(' ', r)}"));
            foreach (var index in await QueryAsync(db, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{table}')"))
            {
                var columns = await QueryAsync(db, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                lines.Add($"{table} index {string.Join(' ', index)} ({string.Join(", ", columns.Select(c => c[0]))})");
            }

            lines.AddRange((await QueryAsync(db, $"SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(r => $"{table} foreign key {string.Join(' ', r)}"));
        }

        return lines;
    }

    private static async Task<List<string>> DescribePostgreSqlAsync(CpdDbContext db)
    {
        var lines = new List<string>();
        lines.AddRange((await QueryAsync(db,
            """
            SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            """)).Select(r => "column " + string.Join(' ', r)));
        lines.AddRange((await QueryAsync(db,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'"))
            .Select(r => "index " + string.Join(' ', r)));
        lines.AddRange((await QueryAsync(db,
            """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
            """)).Select(r => "constraint " + string.Join(' ', r)));
        return lines;
    }

    private static async Task<List<string?[]>> QueryAsync(CpdDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string?[]>();
            while (await reader.ReadAsync())
            {
                var row = new string?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                }

                rows.Add(row);
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
