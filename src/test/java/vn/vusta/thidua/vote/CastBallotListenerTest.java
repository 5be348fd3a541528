package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

class CastBallotListenerTest {

    @Test
    void aCreateEventFromAnEarlierProcessVersionDoesNothing() {
        VoteSetupFactory setups = mock(VoteSetupFactory.class);
        BallotBox box = mock(BallotBox.class);
        CastBallotListener listener = new CastBallotListener(setups, null, box, null, null, null, null);
        DelegateTask task = mock(DelegateTask.class);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);

        assertThatCode(() -> listener.notify(task)).doesNotThrowAnyException();

        verify(task).getEventName();
        verifyNoMoreInteractions(task);
        verifyNoMoreInteractions(setups, box);
    }
}
