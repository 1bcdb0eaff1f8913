using System.Text;
using Site.Core.Writing;

namespace Site.Core.Tests.Writing;

/// <summary>One build at a time per output: the lock beside it, held through the operating system.</summary>
public sealed class OutputLockTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-core-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Should_refuse_a_second_hold_while_the_first_is_held_and_give_it_once_let_go()
    {
        // Given an output whose lock is held
        var output = Path.Combine(_root, "output");
        var first = OutputLock.TryTake(output).ShouldNotBeNull();

        // When it is asked for again, while held and after it is let go
        var whileHeld = OutputLock.TryTake(output);
        first.Dispose();
        using var afterwards = OutputLock.TryTake(output);

        // Then it is refused while held, and given afterwards, on the same output
        whileHeld.ShouldBeNull();
        afterwards.ShouldNotBeNull().Output.ShouldBe(output);
    }

    [Fact]
    public void Should_keep_its_file_beside_the_output_and_leave_it_there()
    {
        // Given an output folder not made yet, in a folder not made yet
        var output = Path.Combine(_root, "www", "output");

        // When its lock is taken and let go
        OutputLock.TryTake(output).ShouldNotBeNull().Dispose();

        // Then the lock file is beside the output, not in it, and stays; the output itself is not made
        OutputSiblings.LockFileOf(output).ShouldBe(Path.Combine(_root, "www", ".output.lock"));
        File.Exists(Path.Combine(_root, "www", ".output.lock")).ShouldBeTrue();
        Directory.Exists(output).ShouldBeFalse();
    }

    [Theory]
    [InlineData(250)]
    [InlineData(255)]
    public void Should_lock_an_output_whose_name_is_near_the_file_systems_limit(int length)
    {
        // Given an output folder with a name of 250 or 255 characters
        var output = Path.Combine(_root, new string('x', length));

        // When its lock is taken
        using var held = OutputLock.TryTake(output);

        // Then it is, through a file whose name is a valid one
        held.ShouldNotBeNull();
        var name = Path.GetFileName(OutputSiblings.LockFileOf(output));
        Encoding.UTF8.GetByteCount(name).ShouldBeLessThanOrEqualTo(255);
        File.Exists(OutputSiblings.LockFileOf(output)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_wait_for_the_lock_saying_so_once_and_take_it_when_let_go()
    {
        // Given an output whose lock is held
        var output = Path.Combine(_root, "output");
        var first = OutputLock.TryTake(output).ShouldNotBeNull();
        var said = 0;

        // When another asks for it, waiting
        var second = Task.Run(() => OutputLock.Take(output, () => Interlocked.Increment(ref said)));
        SpinWait.SpinUntil(() => Volatile.Read(ref said) > 0, TimeSpan.FromSeconds(30)).ShouldBeTrue();
        await Task.Delay(300);
        var doneWhileHeld = second.IsCompleted;
        first.Dispose();

        // Then it waits, having said so once, and takes the lock once it is let go
        doneWhileHeld.ShouldBeFalse();
        using var taken = await second.WaitAsync(TimeSpan.FromSeconds(30));
        taken.Output.ShouldBe(output);
        said.ShouldBe(1);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
