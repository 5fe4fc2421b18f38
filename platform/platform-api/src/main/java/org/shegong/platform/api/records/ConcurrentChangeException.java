package org.shegong.platform.api.records;

/** Someone else changed the record since it was read; nothing of this change was saved. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String kind, Object id) {
        super("该" + kind + "已被他人修改，请刷新后重试 / " + kind + " " + id
                + " was changed by someone else since you opened it; reload and try again");
    }
}
