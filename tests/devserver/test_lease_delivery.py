"""A lease whose poll answer never left the server is released when the server starts again.

Before, a ``kill -9`` between a poll's lease and its answer left the task leased to a worker that
never heard of it, stuck for the whole lease (five minutes by default).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from durable_workflow.devserver.engine.activities import claim_activity_task
from durable_workflow.devserver.engine.tasks import claim_workflow_task
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server
from tests.devserver.conftest import Api, avro


def _lease_without_answer(dev: RunningServer, kind: str) -> Any:
    """Lease a task as a poll does, without sending the answer (the process died first)."""
    server = dev.server
    worker = server.db.query_one("SELECT * FROM workers WHERE worker_id = 'w1'")
    claim = claim_workflow_task if kind == "workflow" else claim_activity_task
    return dev.call(claim, server, "default", "q", worker)


def test_undelivered_leases_are_released_at_start_and_delivered_ones_kept(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "lease.sqlite3")
    cfg = ServerConfig(poll_timeout=1.0)
    with run_dev_server(cfg, db_path=db) as dev:
        api = Api(dev)
        api.register("w1")
        api.start("with-activity")
        first = api.poll_wf("w1")
        assert first is not None and first["workflow_id"] == "with-activity"
        r = api.complete_wf(first, [{"type": "schedule_activity", "activity_type": "a"}])
        assert r.status_code == 200, r.text
        lost_activity = _lease_without_answer(dev, "activity")
        assert lost_activity is not None and lost_activity["attempt_number"] == 1
        api.start("delivered")
        delivered = api.poll_wf("w1")  # answered: this lease must survive the restart
        assert delivered is not None and delivered["workflow_id"] == "delivered"
        api.start("lost")
        lost = _lease_without_answer(dev, "workflow")
        assert lost is not None and lost[0]["workflow_id"] == "lost"
        api.close()

    with run_dev_server(cfg, db_path=db) as dev:
        api = Api(dev)
        # the task whose answer was lost is claimable at once (no lease to wait out) ...
        again = api.poll_wf("w1")
        assert again is not None and again["workflow_id"] == "lost"
        assert again["workflow_task_attempt"] == 2
        stale = {"task_id": again["task_id"], "workflow_task_attempt": 1}
        assert api.complete_wf(stale, [{"type": "complete_workflow"}]).status_code == 409
        r = api.complete_wf(again, [{"type": "complete_workflow", "result": avro("ok")}])
        assert r.status_code == 200, r.text
        # ... the delivered lease is still honoured ...
        r = api.complete_wf(delivered, [{"type": "complete_workflow", "result": avro("ok")}])
        assert r.status_code == 200, r.text
        assert api.poll_wf("w1") is None
        # ... and so is the activity: a new attempt, one completion in history
        act = api.poll_act("w1")
        assert act is not None and act["workflow_id"] == "with-activity"
        assert act["attempt_number"] == 2
        old = {**act, "activity_attempt_id": lost_activity["activity_attempt_id"]}
        assert api.complete_act(old, "late").status_code in (404, 409)
        assert api.complete_act(act, "done").status_code == 200
        assert api.event_types("with-activity").count("ActivityCompleted") == 1
        assert api.describe("lost")["status"] == "completed"
        assert api.describe("delivered")["status"] == "completed"
        api.close()


def test_delivery_records_of_ended_leases_are_pruned(tmp_path: Path) -> None:
    db = str(tmp_path / "prune.sqlite3")
    cfg = ServerConfig(poll_timeout=1.0)
    with run_dev_server(cfg, db_path=db) as dev:
        api = Api(dev)
        api.register("w1")
        api.start("one")
        task = api.poll_wf("w1")
        assert task is not None
        assert api.complete_wf(task, [{"type": "complete_workflow"}]).status_code == 200
        api.close()
    with run_dev_server(cfg, db_path=db) as dev:
        rows = dev.server.db.query("SELECT * FROM lease_deliveries")
        assert rows == []
