using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cpd.Api.Persistence;

/// <summary>
/// Allocates <c>long</c> ids before insert (HiLo): one atomic upsert … <c>RETURNING</c> on the <c>KeySequences</c> row
/// of a table reserves a block of ids, handed out from memory until it is used up. Safe with many API instances over
/// one database, and thread-safe (one singleton per process).
/// <para>
/// A block reserved inside a caller's transaction rides that transaction (SQLite has one writer: a second connection
/// would wait for the caller's own lock). Until the transaction commits the block is used only by that transaction;
/// on commit (seen through this interceptor) the rest of it joins the shared pool; on rollback, a rollback to a
/// savepoint, or a transaction that ends unseen, it is dropped, since the database may hand the same block out again.
/// </para>
/// </summary>
public sealed class IdAllocator : DbTransactionInterceptor
{
    /// <summary>Ids per block unless configured (<c>Database:IdBlockSize</c>).</summary>
    public const int DefaultBlockSize = 50;

    private const string ReserveSql =
        """
        INSERT INTO "KeySequences" ("Name", "NextValue") VALUES (@name, @first)
        ON CONFLICT ("Name") DO UPDATE SET "NextValue" = "KeySequences"."NextValue" + @size
        RETURNING "NextValue"
        """;

    private readonly int _blockSize;
    private readonly ConcurrentDictionary<string, Pool> _pools = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbTransaction, Pending> _pending = [];

    /// <summary>An allocator reserving <paramref name="blockSize"/> ids per round trip.</summary>
    public IdAllocator(int blockSize = DefaultBlockSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        _blockSize = blockSize;
    }

    /// <summary>The next id of the table that stores <typeparamref name="TRecord"/>.</summary>
    public ValueTask<long> NextAsync<TRecord>(DbContext db, CancellationToken cancellationToken = default)
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var table = db.Model.FindEntityType(typeof(TRecord))?.GetTableName()
            ?? throw new ArgumentException($"{typeof(TRecord).Name} is not mapped to a table.", nameof(TRecord));
        return NextAsync(db, table, cancellationToken);
    }

    /// <summary>
    /// The next id of <paramref name="sequence"/> (by convention the table's name), reserved through
    /// <paramref name="db"/>'s connection and, if one is open, its transaction.
    /// </summary>
    public async ValueTask<long> NextAsync(DbContext db, string sequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(sequence);
        var pool = _pools.GetOrAdd(sequence, static _ => new Pool());
        if (pool.TryTake(out var id))
        {
            return id;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var pending = transaction is null ? null : _pending.GetValue(transaction, static _ => new Pending());
        if (pending is not null && pending.TryTake(sequence, out id))
        {
            return id;
        }

        // No lock is held across the round trip: a caller waiting here on SQLite's write lock must not stop the
        // holder of that lock from allocating in its own transaction.
        var last = await ReserveAsync(db, transaction, sequence, cancellationToken).ConfigureAwait(false);
        var first = last - _blockSize + 1;
        var rest = new Block(first + 1, last);
        if (pending is null)
        {
            pool.Add(rest);
        }
        else
        {
            pending.Add(sequence, rest);
        }

        return first;
    }

    /// <inheritdoc />
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Promote(transaction);

    /// <inheritdoc />
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Promote(transaction);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(transaction);

    /// <inheritdoc />
    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(transaction);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Drop(transaction);

    /// <inheritdoc />
    public override Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(transaction);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Drop(transaction);

    /// <inheritdoc />
    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(transaction);
        return Task.CompletedTask;
    }

    private async Task<long> ReserveAsync(DbContext db, DbTransaction? transaction, string sequence, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = ReserveSql;
                command.Transaction = transaction;
                AddParameter(command, "@name", sequence);
                AddParameter(command, "@first", 1L + _blockSize);
                AddParameter(command, "@size", (long)_blockSize);
                var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture) - 1;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private void Promote(DbTransaction transaction)
    {
        if (_pending.TryGetValue(transaction, out var pending))
        {
            _pending.Remove(transaction);
            foreach (var (sequence, block) in pending.TakeAll())
            {
                _pools.GetOrAdd(sequence, static _ => new Pool()).Add(block);
            }
        }
    }

    private void Drop(DbTransaction transaction)
    {
        if (_pending.TryGetValue(transaction, out var pending))
        {
            _pending.Remove(transaction);
            _ = pending.TakeAll();
        }
    }

    /// <summary>Ids <c>Next..Last</c> (inclusive) not yet handed out.</summary>
    private sealed class Block(long next, long last)
    {
        public long Next { get; set; } = next;

        public long Last { get; } = last;
    }

    /// <summary>Committed blocks of one sequence, shared by every caller.</summary>
    private sealed class Pool
    {
        private readonly Lock _gate = new();
        private readonly Queue<Block> _blocks = new();

        public void Add(Block block)
        {
            lock (_gate)
            {
                if (block.Next <= block.Last)
                {
                    _blocks.Enqueue(block);
                }
            }
        }

        public bool TryTake(out long id)
        {
            lock (_gate)
            {
                return Take(_blocks, out id);
            }
        }
    }

    /// <summary>Blocks reserved inside one transaction that has not committed yet, per sequence.</summary>
    private sealed class Pending
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, Queue<Block>> _blocks = new(StringComparer.Ordinal);
        private bool _closed;

        public void Add(string sequence, Block block)
        {
            lock (_gate)
            {
                if (_closed || block.Next > block.Last)
                {
                    return;
                }

                if (!_blocks.TryGetValue(sequence, out var queue))
                {
                    _blocks[sequence] = queue = new Queue<Block>();
                }

                queue.Enqueue(block);
            }
        }

        public bool TryTake(string sequence, out long id)
        {
            lock (_gate)
            {
                id = 0;
                return !_closed && _blocks.TryGetValue(sequence, out var queue) && Take(queue, out id);
            }
        }

        /// <summary>Empties and closes this set: a block reserved later by the same transaction is not kept.</summary>
        public List<(string Sequence, Block Block)> TakeAll()
        {
            lock (_gate)
            {
                _closed = true;
                var all = _blocks.SelectMany(p => p.Value.Select(b => (p.Key, b))).ToList();
                _blocks.Clear();
                return all;
            }
        }
    }

    private static bool Take(Queue<Block> blocks, out long id)
    {
        while (blocks.TryPeek(out var block))
        {
            if (block.Next <= block.Last)
            {
                id = block.Next++;
                return true;
            }

            blocks.Dequeue();
        }

        id = 0;
        return false;
    }
}
